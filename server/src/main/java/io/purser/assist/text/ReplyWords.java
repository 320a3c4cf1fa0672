package io.purser.assist.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a reply as the evaluation counts them: lower-cased runs of letters and digits, an
 * apostrophe inside a word kept ({@code we're}); punctuation, emoji and spaces are not words.
 */
public final class ReplyWords {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

  private ReplyWords() {}

  /** The words of {@code text}, in order. */
  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().replace('’', '\'').toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
