package io.purser.triage.text;

/**
 * Maps feature strings to buckets of a fixed-size weight table without storing a vocabulary, so a
 * model is a plain array and unseen words cost nothing. Collisions are rare at 2^18 buckets for
 * tweet-sized vocabularies and the learner absorbs them.
 */
public final class FeatureHashing {

  private FeatureHashing() {}

  /** A 32-bit hash of {@code text[from, to)} for the feature family {@code seed}. */
  public static int hash(int seed, CharSequence text, int from, int to) {
    int h = seed(seed);
    for (int i = from; i < to; i++) {
      h = step(h, text.charAt(i));
    }
    return finish(h);
  }

  /** The state {@link #hash} starts from for the feature family {@code seed}. */
  static int seed(int seed) {
    return 0x811C9DC5 ^ (seed * 0x9E3779B1);
  }

  /** The state {@link #hash} moves to on character {@code c}. */
  static int step(int h, char c) {
    return (h ^ c) * 0x01000193;
  }

  /** Combines two hashes, order-sensitive (for word pairs). */
  public static int combine(int seed, int first, int second) {
    return finish((first * 31 + second) ^ (seed * 0x85EBCA6B));
  }

  /** Murmur3's finaliser: spreads the bits so masking to a power of two stays uniform. */
  static int finish(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
