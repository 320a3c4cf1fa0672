package io.purser.triage;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of personal data triage finds in a message. */
public enum PersonalDataKind {
  RECORD_LOCATOR,
  E_TICKET,
  PAYMENT_CARD,
  LOYALTY_NUMBER,
  EMAIL,
  PHONE,
  PASSPORT;

  /** The lower_snake_case name used in JSON and in evaluation files. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a wire name ({@code record_locator}, …), ignoring case. */
  public static PersonalDataKind fromWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
