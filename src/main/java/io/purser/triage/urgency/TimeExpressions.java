package io.purser.triage.urgency;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "in 2 hours", "dans 45 minutes", "en 3 horas", "in 2 Stunden", "tra 2 ore", "em 2 horas",
 * "over 2 uur": how long until something happens, counted from when the message was written.
 */
final class TimeExpressions {

  private static final Pattern IN_DURATION =
      Pattern.compile(
          "(?iu)\\b(?:in|dans|en|tra|fra|em|over|within)\\s+(?:about\\s+|less than\\s+)?"
              + "(\\d{1,3}|an?|one|two|three|four|five|six|half an|une?|dos|tres|zwei|drei|due)\\s*"
              + "(hours?|hrs?|h|minutes?|mins?|heures?|horas?|stunden?|ore|uur|minuten|minutos|minuti)\\b");

  private TimeExpressions() {}

  /** The first "in N hours/minutes" duration in the text, if any. */
  static Optional<Duration> firstDuration(String text) {
    Matcher m = IN_DURATION.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    double amount = amount(m.group(1).toLowerCase(Locale.ROOT));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    boolean minutes = unit.startsWith("min");
    return Optional.of(
        minutes ? Duration.ofMinutes((long) amount) : Duration.ofMinutes((long) (amount * 60)));
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
