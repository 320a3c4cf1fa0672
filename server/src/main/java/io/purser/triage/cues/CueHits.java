package io.purser.triage.cues;

import java.util.List;
import java.util.Map;

/**
 * The cue phrases found in one message, in the order of the text, with the message's folded words,
 * and the number words and time units of the languages it was read in, so that the decisions (
 * urgency, intent) read the message once. Immutable.
 */
public final class CueHits {

  private final Tokens words;
  private final List<CueMatch> matches;
  private final Map<String, Map<String, Double>> values;

  CueHits(Tokens words, List<CueMatch> matches, Map<String, Map<String, Double>> values) {
    this.words = words;
    this.matches = matches;
    this.values = values;
  }

  /**
   * The first match of a phrase of {@code section} in the text, the longest of those that start
   * there ("heute abend" rather than "heute"), or {@code null}.
   */
  public CueMatch first(String section) {
    CueMatch best = null;
    for (CueMatch match : matches) {
      if (best != null && match.startWord() != best.startWord()) {
        break;
      }
      if (match.section().equals(section) && (best == null || match.endWord() > best.endWord())) {
        best = match;
      }
    }
    return best;
  }

  /** Whether a phrase of {@code section} was found. */
  public boolean has(String section) {
    return first(section) != null;
  }

  /** Every match of {@code section}, in the order of the text. */
  public List<CueMatch> all(String section) {
    return matches.stream().filter(m -> m.section().equals(section)).toList();
  }

  /** The word after the longest match of {@code section} that starts at word {@code w}, or -1. */
  public int endOfMatchAt(String section, int w) {
    int end = -1;
    for (CueMatch match : matches) {
      if (match.startWord() == w && match.section().equals(section)) {
        end = Math.max(end, match.endWord());
      }
    }
    return end;
  }

  /** How many words the folded message has. */
  public int wordCount() {
    return words.count();
  }

  /** The folded word at {@code w} (lower case, no accents). */
  public String word(int w) {
    return words.word(w);
  }

  /** Whether only spaces lie between word {@code w} and the word before it (no punctuation). */
  public boolean joinedToPrevious(int w) {
    return words.joinedToPrevious(w);
  }

  /** The folded words from {@code from} to before {@code to}, as written between them. */
  public String words(int from, int to) {
    return words
        .text()
        .substring(words.start(from), words.end(to - 1))
        .replace(FoldedText.BREAK, ' ');
  }

  /**
   * The number a word stands for in a value section ({@code time.amount}: "une" is 1, "media" 0.5;
   * {@code time.unit}: "stunden" is 60 minutes), or {@code null}.
   */
  public Double value(String section, String word) {
    Map<String, Double> table = values.get(section);
    return table == null ? null : table.get(word);
  }
}
