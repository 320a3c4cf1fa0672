package io.purser.triage.text;

import java.util.Arrays;

/**
 * The hashed features of one message: bucket indices with their values, scaled to unit length so
 * long and short messages weigh alike. Not thread-safe; one per message.
 */
public final class Features {

  private int[] buckets = new int[256];
  private float[] values = new float[256];
  private int count;
  private int[] words = new int[32];
  private int wordCount;
  private boolean normalised;

  void add(int bucket, float value) {
    if (count == buckets.length) {
      buckets = Arrays.copyOf(buckets, count * 2);
      values = Arrays.copyOf(values, count * 2);
    }
    buckets[count] = bucket;
    values[count++] = value;
  }

  void addWord(int bucket) {
    if (wordCount == words.length) {
      words = Arrays.copyOf(words, wordCount * 2);
    }
    words[wordCount++] = bucket;
  }

  /** The bucket of the {@code i}-th token as a single word, for explanations. */
  public int wordBucket(int i) {
    return words[i];
  }

  /** Scales the values to unit Euclidean length; called once when extraction is done. */
  void normalise() {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += values[i] * values[i];
    }
    float scale = sum == 0 ? 0f : (float) (1.0 / Math.sqrt(sum));
    for (int i = 0; i < count; i++) {
      values[i] *= scale;
    }
    normalised = true;
  }

  /** Number of features, counting repeats. */
  public int count() {
    return count;
  }

  /** The bucket of the {@code i}-th feature. */
  public int bucket(int i) {
    return buckets[i];
  }

  /** The value of the {@code i}-th feature. */
  public float value(int i) {
    if (!normalised) {
      throw new IllegalStateException("features must be normalised before they are read");
    }
    return values[i];
  }
}
