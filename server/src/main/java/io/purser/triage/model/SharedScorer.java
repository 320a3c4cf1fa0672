package io.purser.triage.model;

import io.purser.triage.text.Features;
import java.util.List;

/**
 * Scores several heads over the same features in one pass. The heads' 16-bit weights are
 * interleaved per bucket, so each feature costs one memory access for all heads instead of one per
 * head: on tweet-sized inputs, triage time is dominated by these cache misses.
 *
 * <p>Each head reads its own {@link Features.View view}. Within a bucket the columns of the heads
 * that read all features (sentiment) come first and those of the heads that read the shared
 * features (intent, category) after them, so a shared feature is one pass over two column ranges
 * with the value of each view, and a sentiment-only feature is added to the first range only.
 * Immutable and thread-safe.
 */
public final class SharedScorer {

  /** The sentiment head's labels: negative, neutral, positive. */
  private static final int SENTIMENT_COLUMNS = 3;

  /** The intent head's labels in the public model. */
  private static final int INTENT_COLUMNS = 9;

  private final List<LinearHead> heads;
  private final int stride;
  private final short[] weights;
  private final float[] scales;
  private final int[] offsets;

  /** Columns {@code [0, allColumns)} belong to heads reading all features, the rest to others. */
  private final int allColumns;

  /** Interleaves the weights of {@code heads}, which must share one feature space. */
  public SharedScorer(List<LinearHead> heads) {
    this.heads = List.copyOf(heads);
    int bits = heads.get(0).bits();
    for (LinearHead head : heads) {
      if (head.bits() != bits) {
        throw new IllegalArgumentException("heads of one scorer must share their hash bits");
      }
    }
    this.offsets = new int[heads.size()];
    int column = 0;
    int all = 0;
    for (Features.View view : Features.View.values()) {
      for (int h = 0; h < heads.size(); h++) {
        if (heads.get(h).view() == view) {
          offsets[h] = column;
          column += heads.get(h).labels().size();
        }
      }
      if (view == Features.View.ALL) {
        all = column;
      }
    }
    this.allColumns = all;
    this.stride = column;
    this.weights = new short[(1 << bits) * stride];
    this.scales = new float[heads.size()];
    interleave(bits);
  }

  private void interleave(int bits) {
    for (int h = 0; h < heads.size(); h++) {
      short[] w = heads.get(h).quantized();
      int k = heads.get(h).labels().size();
      scales[h] = heads.get(h).scale();
      for (int b = 0, from = 0, to = offsets[h]; b < (1 << bits); b++, from += k, to += stride) {
        System.arraycopy(w, from, weights, to, k);
      }
    }
  }

  /** The weight head {@code head} gives label {@code label} for a bucket. */
  public float weight(int head, int bucket, int label) {
    return weights[bucket * stride + offsets[head] + label] * scales[head];
  }

  /** The probabilities of every head's labels, one array per head in construction order. */
  public double[][] probabilities(Features features) {
    double[] sums =
        allColumns == SENTIMENT_COLUMNS && stride == SENTIMENT_COLUMNS + INTENT_COLUMNS
            ? sentimentAndIntentSums(features)
            : sums(features);
    double[][] out = new double[heads.size()][];
    for (int h = 0; h < heads.size(); h++) {
      int k = heads.get(h).labels().size();
      double[] scores = new double[k];
      for (int c = 0; c < k; c++) {
        scores[c] = sums[offsets[h] + c] * scales[h];
      }
      out[h] = Softmax.inPlace(scores);
    }
    return out;
  }

  /**
   * The sums of every column for the shape of the public model: three sentiment columns reading all
   * features, nine intent columns reading the shared ones. The same sums as {@link
   * #sums(Features)}, added in the same order, but in twelve local variables the compiler keeps in
   * registers instead of an array written back on every feature, with no inner loops of three and
   * nine steps: this is the hot loop of scoring.
   */
  double[] sentimentAndIntentSums(Features features) {
    short[] w = weights;
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    double s8 = 0;
    double s9 = 0;
    double s10 = 0;
    double s11 = 0;
    int shared = features.count(Features.View.SHARED);
    for (int i = 0; i < shared; i++) {
      int b = features.bucket(i) * (SENTIMENT_COLUMNS + INTENT_COLUMNS);
      float all = features.value(Features.View.ALL, i);
      float sharedOnly = features.value(Features.View.SHARED, i);
      s0 += w[b] * all;
      s1 += w[b + 1] * all;
      s2 += w[b + 2] * all;
      s3 += w[b + 3] * sharedOnly;
      s4 += w[b + 4] * sharedOnly;
      s5 += w[b + 5] * sharedOnly;
      s6 += w[b + 6] * sharedOnly;
      s7 += w[b + 7] * sharedOnly;
      s8 += w[b + 8] * sharedOnly;
      s9 += w[b + 9] * sharedOnly;
      s10 += w[b + 10] * sharedOnly;
      s11 += w[b + 11] * sharedOnly;
    }
    for (int i = shared, n = features.count(Features.View.ALL); i < n; i++) {
      int b = features.bucket(i) * (SENTIMENT_COLUMNS + INTENT_COLUMNS);
      float all = features.value(Features.View.ALL, i);
      s0 += w[b] * all;
      s1 += w[b + 1] * all;
      s2 += w[b + 2] * all;
    }
    return new double[] {s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11};
  }

  /** The sum of every column over the features of its view, for any number of heads and labels. */
  double[] sums(Features features) {
    double[] sums = new double[stride];
    int shared = features.count(Features.View.SHARED);
    for (int i = 0; i < shared; i++) {
      int base = features.bucket(i) * stride;
      float all = features.value(Features.View.ALL, i);
      float sharedOnly = features.value(Features.View.SHARED, i);
      for (int c = 0; c < allColumns; c++) {
        sums[c] += weights[base + c] * all;
      }
      for (int c = allColumns; c < stride; c++) {
        sums[c] += weights[base + c] * sharedOnly;
      }
    }
    for (int i = shared, n = features.count(Features.View.ALL); i < n; i++) {
      int base = features.bucket(i) * stride;
      float all = features.value(Features.View.ALL, i);
      for (int c = 0; c < allColumns; c++) {
        sums[c] += weights[base + c] * all;
      }
    }
    return sums;
  }
}
