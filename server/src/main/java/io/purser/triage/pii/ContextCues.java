package io.purser.triage.pii;

import io.purser.triage.cues.CueLexicon;
import io.purser.triage.cues.FoldedText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that announce a kind of personal data ("confirmation", "PNR", "localizador",
 * "Buchungsnummer", "رقم الحجز", "frequent flyer", "passport", "teléfono", …) and where they end in
 * a text, so a candidate can ask whether one of them comes just before it. The words of every
 * language are in the {@code pii.*} sections of {@code cues/xx.txt}, as regular-expression
 * fragments on folded text: the few characters before a candidate are folded (lower case, accents
 * dropped, composed or decomposed) before they are searched, so "Número de reserva", "numero de
 * reserva" and a decomposed "número" all announce a record locator.
 */
final class ContextCues {

  /** How far before a candidate its announcing words may end (in characters). */
  static final int WINDOW = 40;

  static final Pattern LOCATOR = cue("pii.locator", "\\b", "\\b");
  static final Pattern TICKET = cue("pii.ticket", "\\b", "\\b");
  static final Pattern LOYALTY = cue("pii.loyalty", "", "");
  static final Pattern PASSPORT = cue("pii.passport", "\\b", "");
  static final Pattern PHONE = cue("pii.phone", "\\b", "\\b");
  static final Pattern FLIGHT =
      Pattern.compile("(?iu)\\b(flight|flt|vol|vuelo|flug|volo|voo|vlucht)\\s*#?\\s*$");

  private ContextCues() {}

  private static Pattern cue(String section, String before, String after) {
    List<String> fragments = CueLexicon.standard().allLines(section);
    return Pattern.compile("(?u)" + before + "(?:" + String.join("|", fragments) + ")" + after);
  }

  /** Whether a match of {@code cue} ends within {@link #WINDOW} characters before {@code start}. */
  static boolean before(Pattern cue, String text, int start) {
    return distance(cue, text, start) <= WINDOW;
  }

  /**
   * How many characters lie between the end of the last match of {@code cue} and {@code start},
   * looking back at most {@link #WINDOW} characters; {@code Integer.MAX_VALUE} when none. The
   * window is folded and searched as a text of its own, as a region with opaque bounds would be.
   */
  static int distance(Pattern cue, String text, int start) {
    String window = text.substring(Math.max(0, start - WINDOW), start);
    FoldedText folded = FoldedText.keepingPunctuation(window);
    Matcher m = cue.matcher(folded.text());
    int lastEnd = -1;
    while (m.find()) {
      lastEnd = m.end();
    }
    return lastEnd <= 0 ? Integer.MAX_VALUE : window.length() - (folded.originOf(lastEnd - 1) + 1);
  }

  /** Whether the text just before {@code start} names a flight ("flight UA1234"). */
  static boolean afterFlightWord(String text, int start) {
    return FLIGHT.matcher(text).region(Math.max(0, start - 12), start).find();
  }
}
