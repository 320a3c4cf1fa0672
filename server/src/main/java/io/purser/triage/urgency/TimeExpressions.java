package io.purser.triage.urgency;

import io.purser.triage.cues.CueHits;
import io.purser.triage.cues.CueMatch;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a message says about time from its folded words and the number words and units of its
 * language's lexicon: a duration from when it was written ("in 2 hours", "dans 40 minutes", "en
 * media hora", "in einer Stunde", "tra un'ora", "em 40 minutos", "بعد ساعتين") and a clock time ("à
 * 14h30", "a las 14:30", "um 14 Uhr", "at 5pm").
 */
final class TimeExpressions {

  /** A duration and the words that said it. */
  record Span(Duration until, String words) {}

  /** How many number words may multiply ("half an", "einer halben"). */
  private static final int MAX_AMOUNT_WORDS = 3;

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");

  /** A number and a unit written as one word: "2h", "40min", "1h30", "2hrs". */
  private static final Pattern GLUED = Pattern.compile("(\\d{1,3})([^\\d:]+)(\\d{2})?");

  /** 14:30, 14h30, 14h, 5pm. */
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::|h)(\\d{2})|(\\d{1,2})h");

  private static final Pattern HOUR = Pattern.compile("(\\d{1,2})(am|pm)?");

  private TimeExpressions() {}

  /** The first duration the message states ("in N hours/minutes"), or {@code null}. */
  static Span firstDuration(CueHits cues) {
    for (CueMatch lead : cues.all("time.lead")) {
      Span span = durationAfter(cues, lead);
      if (span != null) {
        return span;
      }
    }
    return null;
  }

  private static Span durationAfter(CueHits cues, CueMatch lead) {
    int w = lead.endWord();
    for (int q = cues.endOfMatchAt("time.qualifier", w); q >= 0; ) {
      w = q;
      q = cues.endOfMatchAt("time.qualifier", w);
    }
    double amount = 1;
    int amountWords = 0;
    while (w < cues.wordCount() && amountWords < MAX_AMOUNT_WORDS && cues.joinedToPrevious(w)) {
      String word = cues.word(w);
      boolean digits = DIGITS.matcher(word).matches();
      // "half an", "einer halben": words multiply; "in a 6 hr layover" is no number of hours.
      Double value = digits && amountWords > 0 ? null : amountOf(cues, word, digits);
      if (value == null) {
        break;
      }
      amount *= value;
      amountWords++;
      w++;
    }
    if (w >= cues.wordCount() || !cues.joinedToPrevious(w)) {
      return null;
    }
    Double minutes = unitOf(cues, cues.word(w), amountWords > 0);
    if (minutes != null) {
      return span(cues, lead, w + 1, amount * minutes);
    }
    if (amountWords == 0) {
      Matcher glued = GLUED.matcher(cues.word(w));
      if (glued.matches()) {
        Double unit = unitOf(cues, glued.group(2), true);
        if (unit != null) {
          double extra = glued.group(3) == null ? 0 : Integer.parseInt(glued.group(3));
          return span(cues, lead, w + 1, Integer.parseInt(glued.group(1)) * unit + extra);
        }
      }
    }
    return null;
  }

  private static Double amountOf(CueHits cues, String word, boolean digits) {
    return digits ? Double.valueOf(Integer.parseInt(word)) : cues.value("time.amount", word);
  }

  /** Minutes per unit; a unit that needs no number (negative in the lexicon) also takes one. */
  private static Double unitOf(CueHits cues, String word, boolean counted) {
    Double minutes = cues.value("time.unit", word);
    if (minutes == null || (minutes > 0 && !counted)) {
      return null;
    }
    return Math.abs(minutes);
  }

  private static Span span(CueHits cues, CueMatch lead, int end, double minutes) {
    return new Span(Duration.ofMinutes((long) minutes), cues.words(lead.startWord(), end));
  }

  /**
   * The first clock time the message states, in its words ("a las 14:30", "14 uhr"), or {@code
   * null}: a time after a word such as "at", "à", "a las", "um" ("à 14h30", "um 14:30"), or an hour
   * before a word such as "Uhr" or "pm" ("14 Uhr", "5 pm", "5pm").
   */
  static String firstClockTime(CueHits cues) {
    for (int w = 0, n = cues.wordCount(); w < n; w++) {
      String word = cues.word(w);
      if (word.isEmpty() || !Character.isDigit(word.charAt(0))) {
        continue;
      }
      Matcher hour = HOUR.matcher(word);
      if (hour.matches() && validHour(hour.group(1), hour.group(2) != null)) {
        if (hour.group(2) != null) {
          return leadOrWord(cues, w, w + 1);
        }
        if (w + 1 < n
            && cues.joinedToPrevious(w + 1)
            && cues.endOfMatchAt("time.clock_unit", w + 1) >= 0) {
          return leadOrWord(cues, w, w + 2);
        }
      }
      Matcher clock = CLOCK.matcher(word);
      if (clock.matches() && validClock(clock) && precededByLead(cues, w) >= 0) {
        return cues.words(precededByLead(cues, w), w + 1);
      }
    }
    return null;
  }

  private static String leadOrWord(CueHits cues, int w, int end) {
    int lead = precededByLead(cues, w);
    return cues.words(lead >= 0 ? lead : w, end);
  }

  /** The first word of a clock lead ending right before word {@code w}, or -1. */
  private static int precededByLead(CueHits cues, int w) {
    if (!cues.joinedToPrevious(w)) {
      return -1;
    }
    for (CueMatch lead : cues.all("time.clock_lead")) {
      if (lead.endWord() == w) {
        return lead.startWord();
      }
    }
    return -1;
  }

  private static boolean validHour(String hour, boolean twelveHour) {
    int h = Integer.parseInt(hour);
    return twelveHour ? h >= 1 && h <= 12 : h <= 23;
  }

  private static boolean validClock(Matcher clock) {
    String hour = clock.group(1) != null ? clock.group(1) : clock.group(3);
    return Integer.parseInt(hour) <= 23
        && (clock.group(2) == null || Integer.parseInt(clock.group(2)) <= 59);
  }
}
