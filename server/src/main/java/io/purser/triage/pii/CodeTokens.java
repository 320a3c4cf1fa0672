package io.purser.triage.pii;

import io.purser.triage.PersonalDataKind;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds personal data written as short codes of letters and digits: record locators (six
 * characters), and loyalty or passport numbers that hold letters. A code belongs to the kind
 * announced by the nearest preceding cue ("confirmation", "PNR", "localizador", "FF#",
 * "passport"…). Without a cue only a code that no word, flight number, aircraft type or tail number
 * looks like is taken for a record locator.
 */
final class CodeTokens {

  /** UA1234, BA0257, LH400A: a two-character airline code and a number. */
  private static final Pattern FLIGHT_NUMBER = Pattern.compile("[A-Z0-9]{2}[0-9]{1,4}[A-Z]?");

  /** UAL212, AWE474, ERJ145: three-letter airline codes and aircraft types. */
  private static final Pattern LETTERS_THEN_DIGITS = Pattern.compile("[A-Z]{2,3}[0-9]{3,4}");

  /** N366SW, N8661A: US aircraft registrations. */
  private static final Pattern TAIL_NUMBER = Pattern.compile("N[1-9][0-9]{0,4}[A-Z]{0,2}");

  /** Six-letter words people shout, which announcing words like "booking" often precede. */
  private static final Set<String> SHOUTED =
      Set.of(
          "THANKS", "PLEASE", "UNITED", "TICKET", "FLIGHT", "NUMBER", "BOOKED", "CHANGE", "CANCEL",
          "FRIDAY", "MONDAY", "SUNDAY", "ATTACH", "HELPED", "STATUS", "REFUND", "ASSIST", "TONITE",
          "AGENTS", "BEFORE", "ALWAYS", "NEEDED", "LOCATE", "CODIGO", "NUMERO", "DELTAS", "THANKU",
          "CALLED", "WAITED", "AIRBUS", "BOEING", "ONLINE", "ERRORS", "ISSUES", "SYSTEM");

  private CodeTokens() {}

  /**
   * Reports each code found to {@code sink}: runs of 6 to 12 ASCII letters and digits that are
   * whole words (not part of a handle, an address, a path or a hyphenated reference).
   */
  static void find(String text, FindingSink sink) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isAsciiAlnum(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && isAsciiAlnum(text.charAt(end))) {
        end++;
      }
      int length = end - i;
      if (length >= 6 && length <= 12 && mayBeCode(text, i, end) && standsAlone(text, i, end)) {
        PersonalDataKind kind = classify(text, i, text.substring(i, end));
        if (kind != null) {
          sink.accept(kind, i, end);
        }
      }
      i = end;
    }
  }

  /**
   * The test {@link #classify} starts with, on the text itself so that ordinary words are not cut
   * out first: a code has a letter, and a digit unless it is six capitals. The characters are ASCII
   * letters and digits, so upper case means no letter from a to z.
   */
  private static boolean mayBeCode(String text, int start, int end) {
    int digits = 0;
    boolean lower = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      digits += c >= '0' && c <= '9' ? 1 : 0;
      lower |= c >= 'a' && c <= 'z';
    }
    return digits != end - start && (digits > 0 || (!lower && end - start == 6));
  }

  private static boolean standsAlone(String text, int start, int end) {
    if (start > 0) {
      char before = text.charAt(start - 1);
      if (Character.isLetterOrDigit(before) || "@_/.-".indexOf(before) >= 0) {
        return false;
      }
    }
    if (end < text.length()) {
      char after = text.charAt(end);
      if (Character.isLetterOrDigit(after) || after == '_' || after == '@') {
        return false;
      }
      boolean joined = (after == '.' || after == '-') && end + 1 < text.length();
      return !(joined && Character.isLetterOrDigit(text.charAt(end + 1)));
    }
    return true;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static PersonalDataKind classify(String text, int start, String token) {
    int digits = countDigits(token);
    boolean upper = token.equals(token.toUpperCase(Locale.ROOT));
    // Most candidates are ordinary words: no digit and not upper case can be no code at all.
    if (digits == token.length() || (digits == 0 && (!upper || token.length() != 6))) {
      return null;
    }
    int locator = ContextCues.distance(ContextCues.LOCATOR, text, start);
    int loyalty = ContextCues.distance(ContextCues.LOYALTY, text, start);
    int passport = ContextCues.distance(ContextCues.PASSPORT, text, start);
    if (digits >= 2 && loyalty <= ContextCues.WINDOW && loyalty < Math.min(locator, passport)) {
      return PersonalDataKind.LOYALTY_NUMBER;
    }
    if (digits >= 4
        && token.length() <= 9
        && passport <= ContextCues.WINDOW
        && passport < locator) {
      return PersonalDataKind.PASSPORT;
    }
    if (token.length() != 6) {
      return null;
    }
    return isRecordLocator(text, start, token, digits, locator)
        ? PersonalDataKind.RECORD_LOCATOR
        : null;
  }

  private static boolean isRecordLocator(
      String text, int start, String token, int digits, int cueDistance) {
    String upperCased = token.toUpperCase(Locale.ROOT);
    boolean upper = token.equals(upperCased);
    if (SHOUTED.contains(upperCased) || ContextCues.afterFlightWord(text, start)) {
      return false;
    }
    boolean flightShaped = FLIGHT_NUMBER.matcher(upperCased).matches();
    if (cueDistance <= ContextCues.WINDOW) {
      // A flight-number shape counts as a locator only right after its cue ("reservation G6455C").
      boolean rightAfterCue = cueDistance <= 2;
      return (upper || digits > 0) && (!flightShaped || digits < 4 || rightAfterCue);
    }
    boolean hashtag = start > 0 && text.charAt(start - 1) == '#';
    return upper
        && !hashtag
        && digits >= 1
        && digits <= 3
        && !flightShaped
        && !LETTERS_THEN_DIGITS.matcher(token).matches()
        && !TAIL_NUMBER.matcher(token).matches()
        && !(Character.isDigit(token.charAt(0)) && Character.isDigit(token.charAt(1)));
  }

  private static int countDigits(String token) {
    int digits = 0;
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        digits++;
      }
    }
    return digits;
  }
}
