package io.purser.triage.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One message read once for every decision: the original text, its opening lower-cased and padded
 * with spaces for phrase matching, its tokens, and where its words start in the padded text (with
 * the three characters after each start, which is how {@link PhraseSet phrase sets} are indexed),
 * so the dozen phrase lists of the decisions look up words instead of each scanning the text.
 * Immutable.
 */
public final class MessageText {

  private final String original;
  private final String padded;
  private final List<String> tokens;
  private final int[] wordStarts;
  private final long[] wordKeys;

  private MessageText(String original, String padded, List<String> tokens) {
    this.original = original;
    this.padded = padded;
    this.tokens = tokens;
    int n = padded.length();
    int[] starts = new int[16];
    long[] keys = new long[16];
    int count = 0;
    for (int i = padded.indexOf(' '); i >= 0 && i + 3 < n; i = padded.indexOf(' ', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        keys = Arrays.copyOf(keys, count * 2);
      }
      starts[count] = i;
      keys[count++] = PhraseSet.key(padded, i);
    }
    this.wordStarts = Arrays.copyOf(starts, count);
    this.wordKeys = Arrays.copyOf(keys, count);
  }

  /** Reads a message. */
  public static MessageText of(String text) {
    String cut =
        text.length() > TweetText.MAX_CHARS ? text.substring(0, TweetText.MAX_CHARS) : text;
    char[] chars = TweetText.decodeEntities(cut).toLowerCase(Locale.ROOT).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '’') {
        chars[i] = '\'';
      } else if (Character.isWhitespace(chars[i])) {
        chars[i] = ' ';
      }
    }
    return new MessageText(text, " " + new String(chars) + " ", TweetText.tokens(cut));
  }

  /** The text as received. */
  public String original() {
    return original;
  }

  /**
   * The first {@value TweetText#MAX_CHARS} characters, lower-cased, with typographic apostrophes
   * made plain and every whitespace character a space, between two spaces.
   */
  public String padded() {
    return padded;
  }

  /** The tokens the models read. */
  public List<String> tokens() {
    return tokens;
  }

  /** How many spaces of {@link #padded()} have three characters after them. */
  int wordStartCount() {
    return wordStarts.length;
  }

  /** The index in {@link #padded()} of the {@code i}-th such space. */
  int wordStart(int i) {
    return wordStarts[i];
  }

  /** The {@link PhraseSet#key(String, int) key} of the three characters after it. */
  long wordKey(int i) {
    return wordKeys[i];
  }
}
