package io.purser.triage.text;

import java.util.List;
import java.util.Locale;

/**
 * One message read once for every decision: the original text, its opening lower-cased and padded
 * with spaces for phrase matching, and its tokens.
 *
 * @param original the text as received
 * @param padded the first {@value TweetText#MAX_CHARS} characters, lower-cased, with typographic
 *     apostrophes made plain and every whitespace character a space, between two spaces
 * @param tokens the tokens the models read
 */
public record MessageText(String original, String padded, List<String> tokens) {

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
}
