package io.purser.triage.language;

import io.purser.triage.text.MessageText;
import java.util.List;

/**
 * The cheap first opinion on a message's language: its frequent words (a word shared by {@code n}
 * languages counts {@code 1/n} for each), distinctive letters (ñ, ß, ã, ij…) and word endings
 * (-ção, -zione, -ung…). It costs a couple of microseconds, so it decides alone when it is certain
 * and otherwise adds a little weight to {@link LinguaModels Lingua}'s confidences.
 */
final class LexiconVote {

  private static final int MAX_WORDS = 200;

  /**
   * Certain: a score of at least {@value #CERTAIN_SCORE} with no other language above {@value
   * #CERTAIN_RATIO} of it, or of at least {@value #ALONE_SCORE} with no evidence for any other
   * language. Chosen on the dev portion of the tweets (docs/triage.md): looser thresholds sent
   * fewer messages to Lingua but lost Portuguese and Italian ones.
   */
  static final float CERTAIN_SCORE = 1.5f;

  static final float CERTAIN_RATIO = 0.5f;

  static final float ALONE_SCORE = 1.0f;

  private final LanguageWords words = LanguageWords.load();

  /** The languages of the lexicon, in the order of {@link #scores}. */
  List<String> languages() {
    return words.languages;
  }

  /** The score of each language of {@link #languages()} for the message's words and letters. */
  float[] scores(MessageText message) {
    float[] scores = new float[words.languages.size()];
    List<String> tokens = message.tokens();
    for (int i = 0; i < tokens.size() && i < MAX_WORDS; i++) {
      scoreWord(tokens.get(i), scores);
    }
    LetterCues.addLetters(message.padded(), words.languages, scores);
    return scores;
  }

  /**
   * How many languages the lexicon lists a word in (0 when it does not know it): 1 for a word of
   * one language, more for a word they share.
   */
  int owners(String word) {
    float[] w = words.weights.get(word);
    if (w == null) {
      return 0;
    }
    int owners = 0;
    for (float v : w) {
      owners += v > 0 ? 1 : 0;
    }
    return owners;
  }

  /** The index of the best language when it is certain, else -1. */
  static int certain(float[] scores) {
    int best = best(scores);
    if (best < 0) {
      return -1;
    }
    float second = 0;
    for (int l = 0; l < scores.length; l++) {
      if (l != best) {
        second = Math.max(second, scores[l]);
      }
    }
    boolean alone = second == 0 && scores[best] >= ALONE_SCORE;
    return alone || (scores[best] >= CERTAIN_SCORE && second <= scores[best] * CERTAIN_RATIO)
        ? best
        : -1;
  }

  /** The index of the highest positive score, or -1 when every score is zero. */
  static int best(float[] scores) {
    int best = -1;
    for (int l = 0; l < scores.length; l++) {
      if (scores[l] > 0 && (best < 0 || scores[l] > scores[best])) {
        best = l;
      }
    }
    return best;
  }

  private void scoreWord(String word, float[] scores) {
    if (word.isEmpty() || "@#<".indexOf(word.charAt(0)) >= 0 || word.startsWith("http")) {
      return;
    }
    addWeights(word, scores);
    int apostrophe = word.indexOf('\'');
    if (apostrophe > 0 && apostrophe < word.length() - 1) {
      addWeights(word.substring(0, apostrophe + 1), scores);
      addWeights(word.substring(apostrophe + 1), scores);
    }
    LetterCues.addEnding(word, words.languages, scores);
  }

  private void addWeights(String word, float[] scores) {
    float[] w = words.weights.get(word);
    if (w != null) {
      for (int l = 0; l < scores.length; l++) {
        scores[l] += w[l];
      }
    }
  }
}
