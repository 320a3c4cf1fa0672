package io.purser.triage.pii;

import io.purser.triage.PersonalData;
import io.purser.triage.PersonalDataKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the personal data in a text: e-mail addresses, numbers (e-tickets, payment cards, loyalty,
 * passport and phone numbers) and codes (record locators, loyalty and passport numbers with
 * letters). Overlapping findings keep the earliest, then the longest. Stateless and thread-safe.
 */
public final class PersonalDataScanner {

  /** Finds the personal data in {@code text}, in text order. */
  public List<PersonalData> scan(String text) {
    List<PersonalData> found = new ArrayList<>();
    FindingSink sink = (kind, start, end) -> found.add(finding(text, kind, start, end));
    Emails.find(text, sink);
    for (DigitRun run : DigitRun.find(text)) {
      if (insideLink(text, run)) {
        // A number inside a link is an id of a page (a DM link names the brand's account id, a
        // status link a post id), not a card or phone number; long ids pass the Luhn check 1 time
        // in 10, and the brand's own "write to us in private" link was refused as a card.
        continue;
      }
      PersonalDataKind kind = NumberKinds.classify(text, run);
      if (kind != null) {
        sink.accept(kind, run.start(), run.end());
      }
    }
    CodeTokens.find(text, sink);
    return withoutOverlaps(found);
  }

  /**
   * Whether the run lies inside a link: a word (up to the spaces around it, an opening bracket left
   * out) that starts with {@code http://}, {@code https://} or {@code www.}.
   */
  private static boolean insideLink(String text, DigitRun run) {
    int start = run.start();
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    if (text.charAt(start) == '(') {
      start++;
    }
    for (int i = start; i < run.end(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    for (String scheme : LINK_STARTS) {
      if (text.regionMatches(true, start, scheme, 0, scheme.length())) {
        return true;
      }
    }
    return false;
  }

  private static final String[] LINK_STARTS = {"http://", "https://", "www."};

  private static PersonalData finding(String text, PersonalDataKind kind, int start, int end) {
    String value = text.substring(start, end);
    return new PersonalData(
        kind, start, end, kind == PersonalDataKind.PAYMENT_CARD ? maskCard(value) : value);
  }

  /** Hides every digit but the last four, keeping the separators so the length is unchanged. */
  static String maskCard(String value) {
    int digitsSeen = 0;
    int totalDigits = (int) value.chars().filter(Character::isDigit).count();
    StringBuilder masked = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isDigit(c)) {
        digitsSeen++;
        masked.append(digitsSeen > totalDigits - 4 ? c : '*');
      } else {
        masked.append(c);
      }
    }
    return masked.toString();
  }

  private static List<PersonalData> withoutOverlaps(List<PersonalData> found) {
    if (found.size() < 2) {
      return found;
    }
    found.sort(
        Comparator.comparingInt(PersonalData::start)
            .thenComparing(Comparator.comparingInt((PersonalData p) -> p.end()).reversed()));
    List<PersonalData> kept = new ArrayList<>(found.size());
    int coveredUntil = 0;
    for (PersonalData p : found) {
      if (p.start() >= coveredUntil) {
        kept.add(p);
        coveredUntil = p.end();
      }
    }
    return kept;
  }
}
