package io.purser.triage.text;

import java.util.List;

/**
 * Turns tokens into hashed features: words, word pairs, words in the scope of a negation ("not
 * helpful" is not "helpful") and character 3- to 5-grams inside words (catches misspellings,
 * inflections and the dataset's fused forms like "cancelled flighted").
 */
public final class FeatureExtractor {

  private static final int UNIGRAM = 1;
  private static final int BIGRAM = 2;
  private static final int NEGATED = 3;
  private static final int CHARS = 4;
  private static final int BIAS = 5;
  private static final String START = "<s>";
  private static final String END = "</s>";
  private static final int NEGATION_SCOPE = 3;

  /**
   * Character n-grams count less than words: there are many more of them, and at full weight they
   * drown the words. 0.3 was best in 5-fold cross-validation on TRAIN (0.12–1.0 tried).
   */
  private static final float CHAR_WEIGHT = 0.3f;

  private final int mask;
  private final int biasBucket;
  private final int startHash;
  private final int endHash;

  /** An extractor for a table of {@code 2^bits} buckets. */
  public FeatureExtractor(int bits) {
    if (bits < 8 || bits > 24) {
      throw new IllegalArgumentException("expected 8..24 hash bits, got " + bits);
    }
    this.mask = (1 << bits) - 1;
    this.biasBucket = bucket(BIAS, "bias");
    this.startHash = unigramHash(START);
    this.endHash = unigramHash(END);
  }

  /** The features of a tokenised message. */
  public Features extract(List<String> tokens) {
    Features features = new Features();
    features.add(biasBucket, 1f);
    int previous = startHash;
    int negationLeft = 0;
    for (String token : tokens) {
      int current = unigramHash(token);
      features.add(current & mask, 1f);
      features.addWord(current & mask);
      features.add(FeatureHashing.combine(BIGRAM, previous, current) & mask, 1f);
      if (negationLeft > 0) {
        features.add(bucket(NEGATED, token), 1f);
      }
      negationLeft = nextNegationScope(token, negationLeft);
      addCharGrams(token, features);
      previous = current;
    }
    features.add(FeatureHashing.combine(BIGRAM, previous, endHash) & mask, 1f);
    features.normalise();
    return features;
  }

  /** The bucket a single word falls in, for explaining decisions by their strongest words. */
  public int unigramBucket(String token) {
    return unigramHash(token) & mask;
  }

  private int unigramHash(String token) {
    return FeatureHashing.hash(UNIGRAM, token, 0, token.length());
  }

  private int bucket(int family, String text) {
    return FeatureHashing.hash(family, text, 0, text.length()) & mask;
  }

  private void addCharGrams(String token, Features features) {
    if (token.length() < 3 || token.charAt(0) == '<' || !TweetText.isWordChar(token.charAt(0))) {
      return;
    }
    String padded = " " + token + " ";
    int length = padded.length();
    for (int n = 3; n <= 5; n++) {
      for (int start = 0; start + n <= length; start++) {
        features.add(FeatureHashing.hash(CHARS + n, padded, start, start + n) & mask, CHAR_WEIGHT);
      }
    }
  }

  private static int nextNegationScope(String token, int left) {
    if (Negation.isNegation(token)) {
      return NEGATION_SCOPE;
    }
    if (token.equals("!") || token.equals("?") || token.equals("!!") || token.equals("??")) {
      return 0;
    }
    return Math.max(0, left - 1);
  }
}
