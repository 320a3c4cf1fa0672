package io.purser.triage;

import java.util.Objects;

/**
 * One piece of personal data found in a message.
 *
 * @param kind what it is
 * @param start index of its first character in the original text
 * @param end index just after its last character
 * @param masked the form safe to store and show: payment cards keep only their last four digits,
 *     other kinds are shown as found (agents need the record locator to act on the booking)
 */
public record PersonalData(PersonalDataKind kind, int start, int end, String masked) {
  public PersonalData {
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(masked, "masked form is required");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("expected 0 <= start < end, got " + start + ".." + end);
    }
  }
}
