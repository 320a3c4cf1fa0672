package io.purser.assist.tone;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Phrases as patterns matched on whole words, ignoring case, with any run of spaces between words
 * and either apostrophe ({@code '} or {@code ’}), as agents type them.
 */
final class Phrases {

  private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String AFTER = "(?![\\p{L}\\p{N}])";

  private Phrases() {}

  /** A pattern matching any of the regular expressions, each as whole words. */
  static Pattern anyOf(List<String> expressions) {
    String alternatives =
        expressions.stream().map(Phrases::spacing).collect(Collectors.joining("|"));
    return Pattern.compile(
        BEFORE + "(?:" + alternatives + ")" + AFTER,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** A pattern matching the literal words of one phrase, as whole words. */
  static Pattern literal(String phrase) {
    String words =
        List.of(phrase.strip().split("\\s+")).stream()
            .map(word -> Pattern.quote(word).replace("'", "\\E['’]\\Q"))
            .collect(Collectors.joining("\\s+"));
    return Pattern.compile(BEFORE + words + AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String spacing(String expression) {
    return expression.replace(" ", "\\s+").replace("'", "['’]");
  }
}
