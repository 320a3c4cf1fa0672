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
}
