package io.purser.triage.cues;

import java.util.Arrays;

/** The words of a folded text: where each starts and ends. Immutable once read. */
final class Tokens {

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int count;

  private Tokens(String text, int[] starts, int[] ends, int count) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  private static boolean separates(char c) {
    return c == ' ' || c == FoldedText.BREAK;
  }

  /** The words of {@code folded}: its runs of characters other than a space or a break. */
  static Tokens of(String folded) {
    int n = folded.length();
    int[] starts = new int[16];
    int[] ends = new int[16];
    int count = 0;
    int i = 0;
    while (i < n) {
      if (separates(folded.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && !separates(folded.charAt(end))) {
        end++;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = i;
      ends[count++] = end;
      i = end;
    }
    return new Tokens(folded, starts, ends, count);
  }

  int count() {
    return count;
  }

  int start(int t) {
    return starts[t];
  }

  int end(int t) {
    return ends[t];
  }

  String text() {
    return text;
  }

  /** Whether only spaces lie between word {@code t} and the word before it. */
  boolean joinedToPrevious(int t) {
    return t > 0 && noBreak(ends[t - 1], starts[t]);
  }

  private boolean noBreak(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == FoldedText.BREAK) {
        return false;
      }
    }
    return true;
  }

  /** The word at {@code t}. */
  String word(int t) {
    return text.substring(starts[t], ends[t]);
  }

  /** Whether the word at {@code t} is {@code word}, or starts with it when {@code prefix}. */
  boolean matches(int t, String word, boolean prefix) {
    int length = ends[t] - starts[t];
    if (length != word.length() && !(prefix && length > word.length())) {
      return false;
    }
    return text.startsWith(word, starts[t]);
  }

  /** The index key of the word at {@code t}: its first three characters (fewer if shorter). */
  long key(int t) {
    return key(text, starts[t], ends[t]);
  }

  /** The index key of the first three characters (fewer if shorter) of {@code s[start, end)}. */
  static long key(String s, int start, int end) {
    long key = 0;
    for (int i = 0; i < 3; i++) {
      key = (key << 16) | (start + i < end ? s.charAt(start + i) : 0);
    }
    return key;
  }
}
