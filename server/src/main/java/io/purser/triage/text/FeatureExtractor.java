package io.purser.triage.text;

import java.util.List;

/**
 * Turns tokens into hashed features: words, word pairs, words in the scope of a negation ("not
 * helpful" is not "helpful") and character 3- to 5-grams inside words (catches misspellings,
 * inflections and the dataset's fused forms like "cancelled flighted"), shared by every head; then
 * the sentiment-lexicon summary, read by the sentiment head only (see {@link Features.View}).
 */
public final class FeatureExtractor {

  private static final int UNIGRAM = 1;
  private static final int BIGRAM = 2;
  private static final int NEGATED = 3;
  private static final int CHARS = 4;
  private static final int BIAS = 5;
  static final int LEXICON = 10;
  private static final String START = "<s>";
  private static final String END = "</s>";
  private static final int NEGATION_SCOPE = 3;

  /**
   * Character n-grams count less than words: there are many more of them, and at full weight they
   * drown the words. 0.3 was best in 5-fold cross-validation on TRAIN (0.12–1.0 tried).
   */
  private static final float CHAR_WEIGHT = 0.3f;

  /**
   * Weight of the sentiment-lexicon summary features (see {@link SentimentLexicon}), which only the
   * sentiment head reads. 0.5, 1 and 2 were equal in 5-fold cross-validation on TRAIN (within the
   * spread between shuffling seeds).
   */
  private static final float LEXICON_WEIGHT = 1f;

  private final int mask;
  private final int biasBucket;
  private final int[] positiveBuckets = new int[SentimentLexicon.CAP + 1];
  private final int[] negativeBuckets = new int[SentimentLexicon.CAP + 1];
  private final int neitherBucket;
  private final int mixedBucket;
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
    for (int n = 1; n <= SentimentLexicon.CAP; n++) {
      positiveBuckets[n] = bucket(LEXICON, "pos" + n);
      negativeBuckets[n] = bucket(LEXICON, "neg" + n);
    }
    this.neitherBucket = bucket(LEXICON, "none");
    this.mixedBucket = bucket(LEXICON, "mixed");
  }

  /** The features of a tokenised message. */
  public Features extract(List<String> tokens) {
    Features features = new Features();
    features.add(biasBucket, 1f);
    int previous = startHash;
    int negationLeft = 0;
    int positive = 0;
    int negative = 0;
    for (String token : tokens) {
      int current = unigramHash(token);
      int polarity = SentimentLexicon.polarity(current);
      if (polarity != 0) {
        if ((polarity > 0) == (negationLeft == 0)) {
          positive++;
        } else {
          negative++;
        }
      }
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
    // What follows is for the sentiment head alone (Features.View.ALL); every other head reads
    // the shared features above, scaled by themselves, as if the lexicon did not exist.
    features.endShared();
    addLexicon(
        Math.min(positive, SentimentLexicon.CAP),
        Math.min(negative, SentimentLexicon.CAP),
        features);
    features.normalise();
    return features;
  }

  private void addLexicon(int positive, int negative, Features features) {
    if (positive > 0) {
      features.add(positiveBuckets[positive], LEXICON_WEIGHT);
    }
    if (negative > 0) {
      features.add(negativeBuckets[negative], LEXICON_WEIGHT);
    }
    if (positive == 0 && negative == 0) {
      features.add(neitherBucket, LEXICON_WEIGHT);
    }
    if (positive > 0 && negative > 0) {
      features.add(mixedBucket, LEXICON_WEIGHT);
    }
  }

  /** The bucket a single word falls in, for explaining decisions by their strongest words. */
  public int unigramBucket(String token) {
    return unigramHash(token) & mask;
  }

  static int unigramHash(String token) {
    return FeatureHashing.hash(UNIGRAM, token, 0, token.length());
  }

  private int bucket(int family, String text) {
    return FeatureHashing.hash(family, text, 0, text.length()) & mask;
  }

  /**
   * Adds the 3- to 5-grams of the token padded with a space on each side, hashed as {@link
   * FeatureHashing#hash} hashes them, without building the padded string: a word of six letters has
   * 21 of them, and this is the commonest feature of all.
   */
  private void addCharGrams(String token, Features features) {
    if (token.length() < 3 || token.charAt(0) == '<' || !TweetText.isWordChar(token.charAt(0))) {
      return;
    }
    int length = token.length() + 2;
    for (int n = 3; n <= 5; n++) {
      int seed = FeatureHashing.seed(CHARS + n);
      for (int start = 0; start + n <= length; start++) {
        int h = seed;
        for (int i = start, end = start + n; i < end; i++) {
          h = FeatureHashing.step(h, i == 0 || i == length - 1 ? ' ' : token.charAt(i - 1));
        }
        features.add(FeatureHashing.finish(h) & mask, CHAR_WEIGHT);
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
