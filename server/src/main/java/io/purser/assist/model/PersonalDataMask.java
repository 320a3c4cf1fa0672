package io.purser.assist.model;

import io.purser.triage.PersonalData;
import io.purser.triage.PersonalDataKind;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.util.Objects;

/**
 * Replaces the personal data triage finds with a placeholder per kind ({@code [BOOKING_REF]},
 * {@code [EMAIL]}, …) before text leaves for an external model. One way only: the real values are
 * kept nowhere here, so nothing can restore them into a request.
 */
public final class PersonalDataMask {

  private final Triage triage;

  public PersonalDataMask(Triage triage) {
    this.triage = Objects.requireNonNull(triage, "triage is required");
  }

  /** The text with every piece of personal data replaced by its placeholder. */
  public String mask(String text) {
    String original = text == null ? "" : text;
    var found = triage.classify(new TriageRequest(original, null, false, false, null, null));
    var masked = new StringBuilder(original.length());
    int copied = 0;
    for (PersonalData data : found.personalData()) {
      if (data.start() < copied || data.end() > original.length()) {
        continue; // overlapping findings: the first already hid these characters
      }
      masked.append(original, copied, data.start()).append(placeholder(data.kind()));
      copied = data.end();
    }
    return masked.append(original, copied, original.length()).toString();
  }

  /** The placeholder that stands for one kind of personal data. */
  public static String placeholder(PersonalDataKind kind) {
    return switch (kind) {
      case RECORD_LOCATOR -> "[BOOKING_REF]";
      case E_TICKET -> "[TICKET_NUMBER]";
      case PAYMENT_CARD -> "[CARD]";
      case LOYALTY_NUMBER -> "[LOYALTY_NUMBER]";
      case EMAIL -> "[EMAIL]";
      case PHONE -> "[PHONE]";
      case PASSPORT -> "[PASSPORT]";
    };
  }
}
