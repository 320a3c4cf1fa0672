package io.purser.triage.language;

import io.purser.triage.text.MessageText;
import java.util.List;
import java.util.Locale;

/**
 * Tells the language of a short message from its frequent words, its letters (ñ, ß, ã, ij…) and
 * word endings; non-Latin scripts are recognised by their Unicode script. A lexicon beats character
 * n-gram models on tweets of a dozen words and costs a few microseconds, with no model to ship.
 * Returns {@code und} when there is no evidence.
 */
public final class LanguageDetector {

  public static final String UNDETERMINED = "und";
  private static final int MAX_CHARS = 1_000;
  private static final int MAX_WORDS = 200;

  private final LanguageWords words = LanguageWords.load();

  /** The ISO 639-1 code of the text's language, or {@code und}. */
  public String detect(String text) {
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    return detectLowerCase(cut.toLowerCase(Locale.ROOT).replace('’', '\''));
  }

  /** The language of a message already read: its tokens are the words to look up. */
  public String detect(MessageText message) {
    String padded = message.padded();
    String script = ScriptVote.dominantNonLatin(padded);
    if (script != null) {
      return script;
    }
    float[] scores = new float[words.languages.size()];
    List<String> tokens = message.tokens();
    for (int i = 0; i < tokens.size() && i < MAX_WORDS; i++) {
      scoreWord(tokens.get(i), scores);
    }
    LetterCues.addLetters(padded, words.languages, scores);
    return best(scores);
  }

  private String detectLowerCase(String lower) {
    String script = ScriptVote.dominantNonLatin(lower);
    if (script != null) {
      return script;
    }
    float[] scores = new float[words.languages.size()];
    int i = 0;
    while (i < lower.length()) {
      int end = wordEnd(lower, i);
      if (end > i) {
        scoreWord(lower.substring(i, end), scores);
        i = end;
      } else {
        i++;
      }
    }
    LetterCues.addLetters(lower, words.languages, scores);
    return best(scores);
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

  private String best(float[] scores) {
    int best = -1;
    float bestScore = 0.3f;
    for (int l = 0; l < scores.length; l++) {
      if (scores[l] > bestScore) {
        best = l;
        bestScore = scores[l];
      }
    }
    return best < 0 ? UNDETERMINED : words.languages.get(best);
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean inner = c == '\'' && i > from && i + 1 < text.length();
      if (!(Character.isLetter(c) || inner || (i == from && (c == '@' || c == '#')))) {
        break;
      }
      i++;
    }
    return i;
  }
}
