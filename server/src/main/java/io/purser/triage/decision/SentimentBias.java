package io.purser.triage.decision;

import io.purser.triage.eval.ClassificationScores;
import java.util.ArrayList;
import java.util.List;

/**
 * Offsets added to the log-probabilities of the sentiment labels before the most likely one is
 * taken. Logistic regression trained on a skewed set (63 % negative) leans towards the majority;
 * offsets chosen on cross-validated predictions of TRAIN restore the balance between accuracy and
 * macro-F1.
 *
 * @param offsets one offset per label, in the head's label order
 */
public record SentimentBias(double[] offsets) {

  private static final double RANGE = 1.0;
  private static final double STEP = 0.05;

  /** No offsets: plain arg-max. */
  public static SentimentBias none(int labels) {
    return new SentimentBias(new double[labels]);
  }

  /** The label index chosen for {@code probabilities}. */
  public int decide(double[] probabilities) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < probabilities.length; c++) {
      double score = Math.log(Math.max(probabilities[c], 1e-12)) + offsets[c];
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The offsets (the first label's fixed at 0) that maximise accuracy plus macro-F1 of the held-out
   * predictions {@code probabilities} against {@code truth} (label indices).
   */
  public static SentimentBias choose(
      List<String> labels, List<double[]> probabilities, List<String> truth) {
    return choose(
        labels,
        probabilities,
        truth,
        (t, predicted) -> {
          ClassificationScores scores = ClassificationScores.of(t, predicted, labels);
          return scores.accuracy() + scores.macroF1();
        });
  }

  /** What the offsets are chosen to maximise: a score of the predictions against the truth. */
  public interface Objective {
    double score(List<String> truth, List<String> predicted);
  }

  /** The offsets (the first label's fixed at 0) that maximise {@code objective}. */
  public static SentimentBias choose(
      List<String> labels, List<double[]> probabilities, List<String> truth, Objective objective) {
    SentimentBias best = none(labels.size());
    double bestScore = score(best, labels, probabilities, truth, objective);
    int steps = (int) Math.round(2 * RANGE / STEP);
    for (int a = 0; a <= steps; a++) {
      for (int b = 0; b <= steps && labels.size() == 3; b++) {
        SentimentBias candidate =
            new SentimentBias(new double[] {0, -RANGE + a * STEP, -RANGE + b * STEP});
        double score = score(candidate, labels, probabilities, truth, objective);
        if (score > bestScore + 1e-9) {
          best = candidate;
          bestScore = score;
        }
      }
    }
    return best;
  }

  private static double score(
      SentimentBias bias,
      List<String> labels,
      List<double[]> probabilities,
      List<String> truth,
      Objective objective) {
    List<String> predicted = new ArrayList<>(probabilities.size());
    for (double[] p : probabilities) {
      predicted.add(labels.get(bias.decide(p)));
    }
    return objective.score(truth, predicted);
  }
}
