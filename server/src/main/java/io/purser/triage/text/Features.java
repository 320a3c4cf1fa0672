package io.purser.triage.text;

import java.util.Arrays;

/**
 * The hashed features of one message: bucket indices with their values, scaled to unit length so
 * long and short messages weigh alike. Not thread-safe; one per message.
 *
 * <p>The features come in two parts: the shared features every head reads (words, pairs, negated
 * words, character n-grams, bias), then the features for the sentiment head alone (the
 * sentiment-lexicon summary), added last. A head reads one of two {@link View views}: {@link
 * View#ALL} (the sentiment head) is every feature scaled to unit length together; {@link
 * View#SHARED} (intent, category) is the shared features alone, scaled to unit length by
 * themselves, so those heads see exactly what they would see if the sentiment-only features did not
 * exist.
 */
public final class Features {

  /** Which features a head reads. */
  public enum View {
    /** Every feature, the sentiment-only ones included: the sentiment head. */
    ALL,
    /** The shared features only: every head but sentiment. */
    SHARED
  }

  private int[] buckets = new int[256];
  private float[] values = new float[256];
  private int count;
  private int sharedCount = -1;
  private float allScale;
  private float sharedScale;
  private int[] words = new int[32];
  private int wordCount;
  private boolean normalised;

  void add(int bucket, float value) {
    if (normalised) {
      throw new IllegalStateException("features are complete once normalised");
    }
    if (count == buckets.length) {
      buckets = Arrays.copyOf(buckets, count * 2);
      values = Arrays.copyOf(values, count * 2);
    }
    buckets[count] = bucket;
    values[count++] = value;
  }

  /** Marks the end of the shared features: what is added after this is for the sentiment head. */
  void endShared() {
    if (sharedCount >= 0) {
      throw new IllegalStateException("the shared features were already ended");
    }
    sharedCount = count;
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

  /**
   * Computes the scales to unit Euclidean length of both views; called once when extraction is
   * done. When {@link #endShared()} was not called, every feature is shared.
   */
  void normalise() {
    if (sharedCount < 0) {
      sharedCount = count;
    }
    // One running sum in feature order, read at the end of the shared part: the full view's scale
    // is then computed exactly as it was before the features had two parts.
    double sum = 0;
    double shared = 0;
    for (int i = 0; i < count; i++) {
      if (i == sharedCount) {
        shared = sum;
      }
      sum += values[i] * values[i];
    }
    if (sharedCount == count) {
      shared = sum;
    }
    sharedScale = unitScale(shared);
    allScale = unitScale(sum);
    normalised = true;
  }

  private static float unitScale(double sumOfSquares) {
    return sumOfSquares == 0 ? 0f : (float) (1.0 / Math.sqrt(sumOfSquares));
  }

  /**
   * Number of features a view reads, counting repeats: the first {@code count(view)} features. The
   * shared features come first, so {@code count(SHARED) <= count(ALL)}.
   */
  public int count(View view) {
    checkNormalised();
    return view == View.ALL ? count : sharedCount;
  }

  /** The bucket of the {@code i}-th feature. */
  public int bucket(int i) {
    return buckets[i];
  }

  /** The value of the {@code i}-th feature in a view, for {@code i < count(view)}. */
  public float value(View view, int i) {
    checkNormalised();
    if (view == View.ALL) {
      return values[i] * allScale;
    }
    if (i >= sharedCount) {
      throw new IndexOutOfBoundsException("feature " + i + " is not shared");
    }
    return values[i] * sharedScale;
  }

  private void checkNormalised() {
    if (!normalised) {
      throw new IllegalStateException("features must be normalised before they are read");
    }
  }
}
