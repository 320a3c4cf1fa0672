package io.purser.triage.model;

import io.purser.triage.text.Features;
import java.util.List;
import java.util.Objects;

/**
 * A multinomial logistic regression over hashed features: one weight per (bucket, label), laid out
 * bucket-major, held as 16-bit integers times one scale (the precision the model file stores: a
 * quarter of the memory of doubles, no measurable loss). Immutable after construction, so safe to
 * share between threads.
 *
 * <p>The sentiment head reads every feature; every other head reads the shared features only, so
 * the sentiment-only features (the lexicon summary) never reach intent or category: see {@link
 * #viewFor(String)}.
 */
public final class LinearHead {

  private final String name;
  private final List<String> labels;
  private final int bits;
  private final short[] quantized;
  private final float scale;
  private final Features.View view;

  /** A head over {@code labels} from trained weights, quantised to 16 bits. */
  public LinearHead(String name, List<String> labels, int bits, float[] weights) {
    this(name, labels, bits, quantize(weights), scaleOf(weights));
  }

  /** A head from quantised weights: weight = {@code quantized[i] * scale}. */
  public LinearHead(String name, List<String> labels, int bits, short[] quantized, float scale) {
    this.name = Objects.requireNonNull(name, "head name is required");
    this.labels = List.copyOf(labels);
    this.bits = bits;
    this.quantized = Objects.requireNonNull(quantized, "weights are required");
    this.scale = scale;
    this.view = viewFor(name);
    if (labels.size() < 2) {
      throw new IllegalArgumentException("head '" + name + "' needs at least two labels");
    }
    if (quantized.length != (1 << bits) * labels.size()) {
      throw new IllegalArgumentException(
          "head '" + name + "' expected " + ((1 << bits) * labels.size()) + " weights");
    }
  }

  public String name() {
    return name;
  }

  public List<String> labels() {
    return labels;
  }

  public int bits() {
    return bits;
  }

  /** The features this head reads. */
  public Features.View view() {
    return view;
  }

  /**
   * The features a head of this name reads: all of them for the sentiment heads ({@value
   * TriageModel#SENTIMENT} and {@value TriageModel#SENTIMENT_MULTILINGUAL}), the shared ones for
   * every other head. Fixed by the name, so training, cross-validation and triage cannot disagree
   * and the model file needs no field for it.
   */
  public static Features.View viewFor(String headName) {
    return TriageModel.SENTIMENT.equals(headName)
            || TriageModel.SENTIMENT_MULTILINGUAL.equals(headName)
        ? Features.View.ALL
        : Features.View.SHARED;
  }

  /** The quantised weights, shared: callers must not modify them. */
  short[] quantized() {
    return quantized;
  }

  /** The factor that turns a quantised weight into a weight. */
  float scale() {
    return scale;
  }

  /** Probabilities of each label, in {@link #labels()} order. */
  public double[] probabilities(Features features) {
    int k = labels.size();
    double[] scores = new double[k];
    for (int i = 0, n = features.count(view); i < n; i++) {
      int base = features.bucket(i) * k;
      float value = features.value(view, i) * scale;
      for (int c = 0; c < k; c++) {
        scores[c] += quantized[base + c] * value;
      }
    }
    return Softmax.inPlace(scores);
  }

  /** The weight a single bucket gives a label: how strongly one word pushes towards it. */
  public float weight(int bucket, int label) {
    return quantized[bucket * labels.size() + label] * scale;
  }

  private static float scaleOf(float[] weights) {
    float max = 0;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    return max == 0 ? 1f : max / Short.MAX_VALUE;
  }

  private static short[] quantize(float[] weights) {
    float scale = scaleOf(weights);
    short[] quantized = new short[weights.length];
    for (int i = 0; i < weights.length; i++) {
      quantized[i] = (short) Math.round(weights[i] / scale);
    }
    return quantized;
  }
}
