package io.purser.conversation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of a message around the first word a search matched, long enough to judge the match, as
 * pieces of the message's own text with the matching words marked. The console writes each piece as
 * text (a matched one inside {@code <mark>}), so nothing of the message is ever read as HTML.
 *
 * @param pieces the snippet in order; {@code match} tells the words the search found
 */
public record SearchSnippet(List<Piece> pieces) {

  /** A run of the message's text; {@code match} when it is a word the search matched. */
  public record Piece(String text, boolean match) {}

  /** About this many characters of the message are kept before the first match. */
  static final int BEFORE = 60;

  /** A snippet is cut after about this many characters. */
  static final int LENGTH = 240;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+");

  public SearchSnippet {
    pieces = List.copyOf(pieces);
  }

  /**
   * The snippet of {@code text} for a query's word {@link SearchWords#stem stems}: from a little
   * before the first matching word (at a word's start, with "…" when cut) to about {@link #LENGTH}
   * characters, every matching word marked.
   */
  public static SearchSnippet of(String text, Collection<String> stems) {
    if (text == null || text.isEmpty()) {
      return new SearchSnippet(List.of());
    }
    var words = WORD.matcher(text);
    var matches = new ArrayList<int[]>();
    while (words.find()) {
      var folded = SearchWords.fold(words.group());
      if (stems.stream().anyMatch(stem -> SearchWords.matches(folded, stem))) {
        matches.add(new int[] {words.start(), words.end()});
      }
    }
    int start = matches.isEmpty() ? 0 : wordStart(text, Math.max(0, matches.get(0)[0] - BEFORE));
    int end = Math.min(text.length(), start + LENGTH);
    if (end < text.length()) {
      end = wordEnd(text, end);
    }
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
      end++;
    }
    var pieces = new ArrayList<Piece>();
    int at = start;
    for (var m : matches) {
      if (m[0] < start || m[1] > end) {
        continue;
      }
      if (m[0] > at) {
        pieces.add(new Piece(text.substring(at, m[0]), false));
      }
      pieces.add(new Piece(text.substring(m[0], m[1]), true));
      at = m[1];
    }
    if (at < end) {
      pieces.add(new Piece(text.substring(at, end), false));
    }
    if (start > 0) {
      pieces.add(0, new Piece("…", false));
    }
    if (end < text.length()) {
      pieces.add(new Piece("…", false));
    }
    return new SearchSnippet(pieces);
  }

  /** The whole snippet as plain text. */
  public String text() {
    var out = new StringBuilder();
    pieces.forEach(p -> out.append(p.text()));
    return out.toString();
  }

  /** The start of the word at {@code from}, or the next word's when {@code from} is inside one. */
  private static int wordStart(String text, int from) {
    if (from == 0) {
      return 0;
    }
    int at = from;
    while (at < text.length() && !Character.isWhitespace(text.charAt(at - 1))) {
      at++;
    }
    return at;
  }

  /** The end of the word that {@code to} falls in (at most 20 characters further). */
  private static int wordEnd(String text, int to) {
    int at = to;
    while (at < text.length() && at < to + 20 && !Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }
}
