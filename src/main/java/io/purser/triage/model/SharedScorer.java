package io.purser.triage.model;

import io.purser.triage.text.Features;
import java.util.List;

/**
 * Scores several heads over the same features in one pass. The heads' 16-bit weights are
 * interleaved per bucket, so each feature costs one memory access for all heads instead of one per
 * head: on tweet-sized inputs, triage time is dominated by these cache misses. Immutable and
 * thread-safe.
 */
public final class SharedScorer {

  private final List<LinearHead> heads;
  private final int stride;
  private final short[] weights;
  private final float[] scales;

  /** Interleaves the weights of {@code heads}, which must share one feature space. */
  public SharedScorer(List<LinearHead> heads) {
    this.heads = List.copyOf(heads);
    int bits = heads.get(0).bits();
    int total = 0;
    for (LinearHead head : heads) {
      if (head.bits() != bits) {
        throw new IllegalArgumentException("heads of one scorer must share their hash bits");
      }
      total += head.labels().size();
    }
    this.stride = total;
    this.weights = new short[(1 << bits) * total];
    this.scales = new float[heads.size()];
    interleave(bits);
  }

  private void interleave(int bits) {
    int offset = 0;
    for (int h = 0; h < heads.size(); h++) {
      short[] w = heads.get(h).quantized();
      int k = heads.get(h).labels().size();
      scales[h] = heads.get(h).scale();
      for (int b = 0, from = 0, to = offset; b < (1 << bits); b++, from += k, to += stride) {
        System.arraycopy(w, from, weights, to, k);
      }
      offset += k;
    }
  }

  /** The weight head {@code head} gives label {@code label} for a bucket. */
  public float weight(int head, int bucket, int label) {
    int offset = 0;
    for (int h = 0; h < head; h++) {
      offset += heads.get(h).labels().size();
    }
    return weights[bucket * stride + offset + label] * scales[head];
  }

  /** The probabilities of every head's labels, one array per head in construction order. */
  public double[][] probabilities(Features features) {
    double[] sums = new double[stride];
    for (int i = 0; i < features.count(); i++) {
      int base = features.bucket(i) * stride;
      float value = features.value(i);
      for (int c = 0; c < stride; c++) {
        sums[c] += weights[base + c] * value;
      }
    }
    double[][] out = new double[heads.size()][];
    int offset = 0;
    for (int h = 0; h < heads.size(); h++) {
      int k = heads.get(h).labels().size();
      double[] scores = new double[k];
      for (int c = 0; c < k; c++) {
        scores[c] = sums[offset + c] * scales[h];
      }
      out[h] = Softmax.inPlace(scores);
      offset += k;
    }
    return out;
  }
}
