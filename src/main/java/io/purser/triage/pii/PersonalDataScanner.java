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
      PersonalDataKind kind = NumberKinds.classify(text, run);
      if (kind != null) {
        sink.accept(kind, run.start(), run.end());
      }
    }
    CodeTokens.find(text, sink);
    return withoutOverlaps(found);
  }

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
