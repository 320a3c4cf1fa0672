package io.purser.triage.model;

import io.purser.triage.text.Features;
import java.util.List;
import java.util.Random;

/**
 * Trains one {@link LinearHead}: several runs in different shuffling orders, whose weights are
 * averaged (an ensemble of linear models is one linear model, so it costs nothing at run time and
 * smooths the noise of stochastic gradient descent). Single-threaded and using {@link StrictMath},
 * so the same examples, order and seed give bit-identical weights on any machine.
 */
public final class HeadTrainer {

  private HeadTrainer() {}

  /**
   * @param labels the head's labels
   * @param examples features of the training examples
   * @param targets the label index of each example
   * @param exampleWeights how much each example counts (label confidence)
   */
  public static LinearHead train(
      String name,
      List<String> labels,
      List<Features> examples,
      int[] targets,
      double[] exampleWeights,
      TrainingSettings settings) {
    Features.View view = LinearHead.viewFor(name);
    float[] average = new float[(1 << settings.bits()) * labels.size()];
    float[] scale =
        settings.naiveBayesScaling()
            ? logCountRatios(labels.size(), examples, targets, settings.bits(), view)
            : null;
    for (int run = 0; run < settings.runs(); run++) {
      float[] model =
          trainOnce(labels.size(), examples, targets, exampleWeights, scale, settings, run, view);
      for (int i = 0; i < average.length; i++) {
        // A scaled feature's weight times its scale is the weight of the unscaled feature, so the
        // stored head reads plain features and costs nothing more at run time.
        average[i] += (scale == null ? model[i] : model[i] * scale[i]) / settings.runs();
      }
    }
    return new LinearHead(name, labels, settings.bits(), average);
  }

  /**
   * Naive-Bayes log-count ratios, one per (bucket, label): how much more often the bucket occurs in
   * texts of the label than in the others, log((1 + n_label) / (B + N_label)) − log((1 + n_rest) /
   * (B + N_rest)) over presence counts (Wang &amp; Manning 2012, one label against the rest).
   * Scaling the features by them gives the regression naive Bayes's view of which features matter
   * as its starting geometry: on short texts this beats either model alone.
   */
  static float[] logCountRatios(
      int k, List<Features> examples, int[] targets, int bits, Features.View view) {
    int buckets = 1 << bits;
    double[] counts = new double[buckets * k];
    int[] lastSeen = new int[buckets];
    java.util.Arrays.fill(lastSeen, -1);
    for (int e = 0; e < examples.size(); e++) {
      Features x = examples.get(e);
      for (int i = 0, n = x.count(view); i < n; i++) {
        int bucket = x.bucket(i);
        if (lastSeen[bucket] != e) {
          lastSeen[bucket] = e;
          counts[bucket * k + targets[e]] += 1;
        }
      }
    }
    double[] totals = new double[k];
    for (int b = 0; b < buckets; b++) {
      for (int c = 0; c < k; c++) {
        totals[c] += counts[b * k + c];
      }
    }
    double all = 0;
    for (double total : totals) {
      all += total;
    }
    float[] ratios = new float[buckets * k];
    for (int b = 0; b < buckets; b++) {
      double row = 0;
      for (int c = 0; c < k; c++) {
        row += counts[b * k + c];
      }
      for (int c = 0; c < k; c++) {
        double in = (1 + counts[b * k + c]) / (buckets + totals[c]);
        double rest = (1 + row - counts[b * k + c]) / (buckets + all - totals[c]);
        ratios[b * k + c] = (float) StrictMath.log(in / rest);
      }
    }
    return ratios;
  }

  /** One pass of training with its own shuffling order (seed + run). */
  private static float[] trainOnce(
      int k,
      List<Features> examples,
      int[] targets,
      double[] exampleWeights,
      float[] scale,
      TrainingSettings settings,
      int run,
      Features.View view) {
    float[] model = new float[(1 << settings.bits()) * k];
    float[] gradSquares = new float[model.length];
    double[] classWeight = classWeights(targets, k, settings.classBalance());
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(settings.seed() + run);
    double[] p = new double[k];
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      shuffle(order, random);
      for (int i : order) {
        double weight = classWeight[targets[i]] * exampleWeights[i];
        step(examples.get(i), view, targets[i], weight, model, gradSquares, scale, p, settings);
      }
    }
    return model;
  }

  private static void step(
      Features x,
      Features.View view,
      int target,
      double exampleWeight,
      float[] w,
      float[] g2,
      float[] scale,
      double[] p,
      TrainingSettings s) {
    int k = p.length;
    java.util.Arrays.fill(p, 0);
    int n = x.count(view);
    for (int i = 0; i < n; i++) {
      int base = x.bucket(i) * k;
      float value = x.value(view, i);
      for (int c = 0; c < k; c++) {
        p[c] += w[base + c] * (scale == null ? 1f : scale[base + c]) * value;
      }
    }
    strictSoftmax(p);
    for (int i = 0; i < n; i++) {
      int base = x.bucket(i) * k;
      float value = x.value(view, i);
      for (int c = 0; c < k; c++) {
        double v = scale == null ? value : value * scale[base + c];
        double grad = exampleWeight * (p[c] - (c == target ? 1 : 0)) * v + s.l2() * w[base + c];
        g2[base + c] += (float) (grad * grad);
        w[base + c] -= (float) (s.learningRate() * grad / StrictMath.sqrt(g2[base + c] + 1e-8));
      }
    }
  }

  private static void strictSoftmax(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double score : scores) {
      max = Math.max(max, score);
    }
    double sum = 0;
    for (int c = 0; c < scores.length; c++) {
      scores[c] = StrictMath.exp(scores[c] - max);
      sum += scores[c];
    }
    for (int c = 0; c < scores.length; c++) {
      scores[c] /= sum;
    }
  }

  private static double[] classWeights(int[] targets, int k, double balance) {
    int[] counts = new int[k];
    for (int t : targets) {
      counts[t]++;
    }
    double[] weights = new double[k];
    for (int c = 0; c < k; c++) {
      double ratio = counts[c] == 0 ? 1 : (double) targets.length / (k * counts[c]);
      weights[c] = StrictMath.pow(ratio, balance);
    }
    return weights;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }
}
