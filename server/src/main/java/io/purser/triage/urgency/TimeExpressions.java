package io.purser.triage.urgency;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "in 2 hours", "dans 45 minutes", "en 3 horas", "in 2 Stunden", "tra 2 ore", "em 2 horas",
 * "over 2 uur": how long until something happens, counted from when the message was written.
 *
 * <p>The expression is tried only where a match can start: at a word start where one of its leading
 * words ({@code in}, {@code dans}, {@code en}, …, in any case) and a white space follow. A
 * regular-expression search tries every position of the text, and it was a sixth of the time of a
 * whole triage; the result is the same, because a search returns the match at the first position
 * where one starts, and positions that cannot start one are the only ones skipped.
 */
final class TimeExpressions {

  private static final String[] LEADING = {
    "in", "dans", "en", "tra", "fra", "em", "over", "within"
  };

  static final Pattern IN_DURATION =
      Pattern.compile(
          "(?iu)\\b(?:"
              + String.join("|", LEADING)
              + ")\\s+(?:about\\s+|less than\\s+)?"
              + "(\\d{1,3}|an?|one|two|three|four|five|six|half an|une?|dos|tres|zwei|drei|due)\\s*"
              + "(hours?|hrs?|h|minutes?|mins?|heures?|horas?|stunden?|ore|uur|minuten|minutos|minuti)\\b");

  /**
   * For each character a case-insensitive match may take for the first letter of a leading word,
   * that letter, and 0 for every other character: the letters in both cases, and any other
   * character that folds to one of them (the dotless ı folds to i).
   */
  private static final char[] FIRST_LETTER = firstLetters();

  private TimeExpressions() {}

  /** The first "in N hours/minutes" duration in the text, if any. */
  static Optional<Duration> firstDuration(String text) {
    Matcher m = firstMatch(text);
    return m == null ? Optional.empty() : Optional.of(duration(m));
  }

  /**
   * The first match of the expression in {@code text}, the same as {@code find()} from the start
   * returns, or {@code null}.
   */
  static Matcher firstMatch(String text) {
    Matcher m = null;
    for (int i = 0, n = text.length(); i < n; i++) {
      if (!mayStartMatch(text, i)) {
        continue;
      }
      if (m == null) {
        // Transparent bounds: the word boundary at the region's start sees the text before it.
        m = IN_DURATION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      m.region(i, n);
      if (m.lookingAt()) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether a match may start at {@code i}: the character before it is not a word character (the
   * expression starts with a word boundary before a letter), and a leading word starts there, in
   * any case, followed by a white space. A necessary condition, so skipping the other positions
   * loses no match.
   */
  static boolean mayStartMatch(String text, int i) {
    char c = text.charAt(i);
    char first = c < FIRST_LETTER.length ? FIRST_LETTER[c] : 0;
    if (first == 0) {
      return false;
    }
    if (i > 0) {
      char before = text.charAt(i - 1);
      if (before == '_' || Character.isLetterOrDigit(before)) {
        return false;
      }
    }
    for (String word : LEADING) {
      if (word.charAt(0) == first && leadsWith(text, i, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code word} (lower case) followed by a white space starts at {@code i}, in any case;
   * its first letter is known to match.
   */
  private static boolean leadsWith(String text, int i, String word) {
    int end = i + word.length();
    if (end >= text.length()) {
      return false;
    }
    for (int j = 1; j < word.length(); j++) {
      char c = text.charAt(i + j);
      char expected = word.charAt(j);
      if (c != expected
          && Character.toLowerCase(c) != expected
          && Character.toLowerCase(Character.toUpperCase(c)) != expected) {
        return false;
      }
    }
    char after = text.charAt(end);
    return after <= ' ' || Character.isWhitespace(after) || Character.isSpaceChar(after);
  }

  private static char[] firstLetters() {
    char[] table = new char[Character.MAX_VALUE + 1];
    int last = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      // A case-insensitive Unicode match compares the lower case of the upper case.
      char[] folds = {Character.toLowerCase(ch), Character.toLowerCase(Character.toUpperCase(ch))};
      for (String word : LEADING) {
        for (char folded : folds) {
          if (word.charAt(0) == folded) {
            table[c] = folded;
            last = c;
          }
        }
      }
    }
    return Arrays.copyOf(table, last + 1);
  }

  private static Duration duration(Matcher m) {
    double amount = amount(m.group(1).toLowerCase(Locale.ROOT));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    boolean minutes = unit.startsWith("min");
    return minutes ? Duration.ofMinutes((long) amount) : Duration.ofMinutes((long) (amount * 60));
  }

  private static double amount(String word) {
    return switch (word) {
      case "a", "an", "one", "un", "une" -> 1;
      case "half an" -> 0.5;
      case "two", "dos", "zwei", "due" -> 2;
      case "three", "tres", "drei" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      default -> Double.parseDouble(word);
    };
  }
}
