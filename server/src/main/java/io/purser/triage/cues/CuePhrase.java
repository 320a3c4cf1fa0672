package io.purser.triage.cues;

import java.util.ArrayList;
import java.util.List;

/**
 * One phrase of a lexicon, read as folded words: "perdí mi conexión" is the words {@code perdi},
 * {@code mi}, {@code conexion}. A word written with a final {@code *} matches every word that
 * starts so ("rembours*": remboursement, rembourser); a {@code ...} between words lets up to
 * {@value #MAX_GAP} words come between ("maleta ... no ha llegado"). Immutable.
 *
 * @param section the lexicon section it belongs to (urgency.stranded, intent.refund, …)
 * @param written the phrase as the lexicon writes it, for reasons
 * @param words its folded words, {@code null} for a gap
 * @param prefix for each word, whether it matches as the start of a word
 */
record CuePhrase(String section, String written, String[] words, boolean[] prefix) {

  /** How many words a {@code ...} may skip. */
  static final int MAX_GAP = 4;

  private static final String GAP = "...";

  /** Reads a phrase as a lexicon line writes it. */
  static CuePhrase parse(String section, String line) {
    List<String> words = new ArrayList<>();
    List<Boolean> prefix = new ArrayList<>();
    for (String raw : line.trim().split("\\s+")) {
      if (raw.equals(GAP)) {
        if (words.isEmpty()) {
          throw new IllegalArgumentException("a phrase cannot start with '...': " + line);
        }
        words.add(null);
        prefix.add(false);
        continue;
      }
      boolean open = raw.endsWith("*");
      String folded = FoldedText.fold(open ? raw.substring(0, raw.length() - 1) : raw).trim();
      if (folded.isEmpty()) {
        // Punctuation only ("&"): the text reads it as a space too.
        continue;
      }
      String[] parts = folded.split(" +");
      for (int i = 0; i < parts.length; i++) {
        words.add(parts[i]);
        prefix.add(open && i == parts.length - 1);
      }
      if (open && words.size() == 1 && parts[0].length() < 3) {
        // The index is keyed on the first three letters of the first word.
        throw new IllegalArgumentException(
            "a first word matched by its start needs 3 letters: " + line);
      }
    }
    if (words.isEmpty() || words.get(words.size() - 1) == null) {
      throw new IllegalArgumentException("a phrase needs a word, and a word after '...': " + line);
    }
    boolean[] open = new boolean[prefix.size()];
    for (int i = 0; i < open.length; i++) {
      open[i] = prefix.get(i);
    }
    return new CuePhrase(section, line.trim(), words.toArray(String[]::new), open);
  }

  /** The first word, which the index is keyed on. */
  String firstWord() {
    return words[0];
  }

  /**
   * Whether the phrase matches at token {@code first} of {@code tokens}; the index after the last
   * token it took, or -1.
   */
  int matchAt(Tokens tokens, int first) {
    return matchFrom(0, first, tokens);
  }

  private int matchFrom(int w, int t, Tokens tokens) {
    if (w == words.length) {
      return t;
    }
    if (words[w] == null) {
      for (int skip = 0; skip <= MAX_GAP; skip++) {
        int end = matchFrom(w + 1, t + skip, tokens);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    if (t >= tokens.count() || !tokens.matches(t, words[w], prefix[w])) {
      return -1;
    }
    return matchFrom(w + 1, t + 1, tokens);
  }
}
