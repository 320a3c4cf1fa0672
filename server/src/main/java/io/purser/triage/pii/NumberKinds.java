package io.purser.triage.pii;

import io.purser.triage.PersonalDataKind;

/**
 * Decides what a run of digits is, most specific first: an e-ticket (13 digits with an airline's
 * ticketing prefix or after "ticket"), a payment card (13–19 digits, a card network's prefix and a
 * valid Luhn checksum), a loyalty or passport number (after the words that announce them), a phone
 * number (10–15 digits written like one, or 8–13 after a word such as "phone", "teléfono",
 * "Handy"). Anything else is not personal data.
 */
final class NumberKinds {

  private NumberKinds() {}

  /** The kind of {@code run} in {@code text}, or {@code null}. */
  static PersonalDataKind classify(String text, DigitRun run) {
    String d = run.digits();
    int n = d.length();
    if (n == 0) {
      return null;
    }
    // Context is looked up only for lengths that need it: most runs are times and counts.
    if (n == 13
        && !run.plus()
        && (AirlinePrefixes.isKnown(d)
            || ContextCues.before(ContextCues.TICKET, text, run.start()))) {
      return PersonalDataKind.E_TICKET;
    }
    if (n >= 13 && n <= 19 && !run.plus() && Luhn.hasCardPrefix(d) && Luhn.isValid(d)) {
      return PersonalDataKind.PAYMENT_CARD;
    }
    if (n < 6) {
      return null;
    }
    if (n <= 12 && ContextCues.before(ContextCues.LOYALTY, text, run.start())) {
      return PersonalDataKind.LOYALTY_NUMBER;
    }
    if (n <= 9 && ContextCues.before(ContextCues.PASSPORT, text, run.start())) {
      return PersonalDataKind.PASSPORT;
    }
    if (n >= 8 && n <= 13 && ContextCues.before(ContextCues.PHONE, text, run.start())) {
      // Announced ("teléfono 612345678", "Handy 01711234567"): national numbers written without
      // separators, which the shape alone leaves out.
      return PersonalDataKind.PHONE;
    }
    return looksLikePhone(run) ? PersonalDataKind.PHONE : null;
  }

  private static boolean looksLikePhone(DigitRun run) {
    int n = run.digits().length();
    if (run.plus()) {
      return n >= 8 && n <= 15;
    }
    if (run.digits().startsWith("00")) {
      // An international call prefix written without +.
      return n >= 11 && n <= 15 && run.longestGroup() >= 3;
    }
    if (run.separators() > 0) {
      return n >= 10 && n <= 13 && run.longestGroup() <= 4;
    }
    return n == 10 || (n == 11 && run.digits().charAt(0) == '1');
  }
}
