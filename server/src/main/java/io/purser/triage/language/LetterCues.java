package io.purser.triage.language;

import java.util.BitSet;
import java.util.List;

/**
 * Letters, letter pairs and word endings that belong to few languages: ñ and ¿ to Spanish, ß to
 * German, -ção to Portuguese, -zione to Italian.
 */
final class LetterCues {

  private static final Cue[] LETTERS = {
    new Cue("ñ", 0.6f, "es"),
    new Cue("¿", 0.6f, "es"),
    new Cue("¡", 0.6f, "es"),
    new Cue("ß", 0.6f, "de"),
    new Cue("ä", 0.6f, "de"),
    new Cue("ö", 0.6f, "de"),
    new Cue("ü", 0.6f, "de"),
    new Cue("ã", 0.6f, "pt"),
    new Cue("õ", 0.6f, "pt"),
    new Cue("ç", 0.6f, "pt", "fr"),
    new Cue("œ", 0.6f, "fr"),
    new Cue("ê", 0.6f, "fr", "pt"),
    new Cue("è", 0.6f, "fr", "it"),
    new Cue("à", 0.6f, "fr", "it", "pt"),
    new Cue("ù", 0.6f, "fr", "it"),
    new Cue("î", 0.6f, "fr"),
    new Cue("â", 0.6f, "fr", "pt"),
    new Cue("ò", 0.6f, "it"),
    new Cue("ì", 0.6f, "it"),
    new Cue("ij", 0.6f, "nl"),
    new Cue("á", 0.6f, "es", "pt"),
    new Cue("í", 0.6f, "es", "pt"),
    new Cue("ó", 0.6f, "es", "pt"),
    new Cue("ú", 0.6f, "es", "pt")
  };

  private static final Cue[] ENDINGS = {
    new Cue("ção", 0.4f, "pt"), new Cue("ções", 0.4f, "pt"), new Cue("ción", 0.4f, "es"),
    new Cue("ciones", 0.4f, "es"), new Cue("zione", 0.4f, "it"), new Cue("zioni", 0.4f, "it"),
    new Cue("ung", 0.4f, "de"), new Cue("keit", 0.4f, "de"), new Cue("lich", 0.4f, "de"),
    new Cue("isch", 0.4f, "de"), new Cue("eux", 0.4f, "fr"), new Cue("eau", 0.4f, "fr"),
    new Cue("aux", 0.4f, "fr"), new Cue("ment", 0.4f, "fr", "en"), new Cue("ing", 0.4f, "en"),
    new Cue("tion", 0.4f, "en", "fr"), new Cue("ly", 0.4f, "en"), new Cue("heid", 0.4f, "nl"),
    new Cue("lijk", 0.4f, "nl"), new Cue("tje", 0.4f, "nl")
  };

  /** The last letters of the endings: a word ending otherwise has none of them. */
  private static final BitSet ENDING_LAST_LETTERS = lastLetters(ENDINGS);

  private LetterCues() {}

  private static BitSet lastLetters(Cue[] cues) {
    BitSet letters = new BitSet();
    for (Cue cue : cues) {
      letters.set(cue.text.charAt(cue.text.length() - 1));
    }
    return letters;
  }

  /** Adds the evidence of the letters in the (lower-cased) text. */
  static void addLetters(String lower, List<String> languages, float[] scores) {
    boolean nonAscii = false;
    for (int i = 0; i < lower.length() && !nonAscii; i++) {
      nonAscii = lower.charAt(i) > 127;
    }
    for (Cue cue : LETTERS) {
      if ((nonAscii || cue.text.equals("ij")) && lower.contains(cue.text)) {
        cue.addTo(languages, scores);
      }
    }
  }

  /** Adds the evidence of a word's ending. */
  static void addEnding(String word, List<String> languages, float[] scores) {
    if (word.length() < 5 || !ENDING_LAST_LETTERS.get(word.charAt(word.length() - 1))) {
      return;
    }
    for (Cue cue : ENDINGS) {
      if (word.endsWith(cue.text)) {
        cue.addTo(languages, scores);
      }
    }
  }

  private record Cue(String text, float weight, String... owners) {
    void addTo(List<String> languages, float[] scores) {
      for (String owner : owners) {
        int l = languages.indexOf(owner);
        if (l >= 0) {
          scores[l] += weight / owners.length;
        }
      }
    }
  }
}
