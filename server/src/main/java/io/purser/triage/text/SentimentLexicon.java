package io.purser.triage.text;

import java.util.Set;

/**
 * A small hand-written lexicon of words that carry sentiment in customer-care messages (English
 * here, other languages in {@link CareLexicon}), read as a few summary features by {@link
 * FeatureExtractor}: how many positive and negative words a message has (capped at three; a word
 * under a negation counts for the other side), none, or both. The words themselves are already
 * features; the summary lets a word seen rarely in training borrow the weight of the many words
 * like it.
 */
final class SentimentLexicon {

  private static final Set<String> POSITIVE =
      Set.of(
          "thanks",
          "thank",
          "thx",
          "ty",
          "great",
          "love",
          "loved",
          "awesome",
          "amazing",
          "best",
          "good",
          "excellent",
          "appreciate",
          "appreciated",
          "helpful",
          "nice",
          "kudos",
          "wonderful",
          "fantastic",
          "happy",
          "glad",
          "perfect",
          "beautiful",
          "cool",
          "friendly",
          "pleasant",
          "smooth",
          "lovely",
          "super",
          "fabulous",
          "enjoy",
          "enjoyed",
          "grateful",
          "impressed",
          "outstanding",
          "exceptional",
          "brilliant",
          "yay",
          "excited",
          "fun",
          "comfortable",
          "favorite",
          "awesomeness",
          "sweet",
          "rock",
          "rocks",
          "win",
          "hero",
          "stellar",
          "courteous");

  private static final Set<String> NEGATIVE =
      Set.of(
          "worst",
          "terrible",
          "horrible",
          "awful",
          "bad",
          "delayed",
          "delay",
          "cancelled",
          "canceled",
          "lost",
          "rude",
          "hours",
          "hold",
          "waiting",
          "wait",
          "stuck",
          "stranded",
          "missed",
          "never",
          "fail",
          "failed",
          "unacceptable",
          "disappointed",
          "disappointing",
          "ridiculous",
          "frustrated",
          "frustrating",
          "angry",
          "poor",
          "sucks",
          "suck",
          "broken",
          "nightmare",
          "hate",
          "useless",
          "pathetic",
          "joke",
          "disgusting",
          "annoyed",
          "upset",
          "mess",
          "problem",
          "issue",
          "issues",
          "complaint",
          "refund",
          "ruined",
          "incompetent",
          "miserable",
          "shame",
          "ugh",
          "wtf",
          "seriously",
          "again",
          "still",
          "yet",
          "unhelpful",
          "sad",
          "sorry");

  static final int CAP = 3;

  /**
   * The words by their 32-bit unigram hash (open addressing), so looking a token up costs an
   * integer probe on the hash the extractor computes anyway, not a string comparison. Two different
   * words sharing all 32 bits is possible but so rare that it does not matter for a summary
   * feature.
   */
  private static final int SLOTS = 2048;

  private static final int[] HASHES = new int[SLOTS];
  private static final byte[] POLARITY = new byte[SLOTS];

  static {
    for (String word : POSITIVE) {
      put(word, (byte) 1);
    }
    for (String word : NEGATIVE) {
      put(word, (byte) -1);
    }
    CareLexicon.words(CareLexicon.POSITIVE).forEach(word -> put(word, (byte) 1));
    CareLexicon.words(CareLexicon.NEGATIVE).forEach(word -> put(word, (byte) -1));
    CareLexicon.words(CareLexicon.EVERYDAY_POSITIVE).forEach(word -> put(word, (byte) 1));
    CareLexicon.words(CareLexicon.EVERYDAY_NEGATIVE).forEach(word -> put(word, (byte) -1));
  }

  private SentimentLexicon() {}

  /**
   * +1 for a positive word, −1 for a negative one, 0 otherwise, given the token's {@link
   * FeatureExtractor#unigramHash(String) unigram hash}.
   */
  static int polarity(int unigramHash) {
    for (int slot = unigramHash & (SLOTS - 1);
        POLARITY[slot] != 0;
        slot = (slot + 1) & (SLOTS - 1)) {
      if (HASHES[slot] == unigramHash) {
        return POLARITY[slot];
      }
    }
    return 0;
  }

  private static void put(String word, byte polarity) {
    int hash = FeatureExtractor.unigramHash(word);
    int slot = hash & (SLOTS - 1);
    while (POLARITY[slot] != 0) {
      slot = (slot + 1) & (SLOTS - 1);
    }
    HASHES[slot] = hash;
    POLARITY[slot] = polarity;
  }
}
