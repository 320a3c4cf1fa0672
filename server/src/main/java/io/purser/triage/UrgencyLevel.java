package io.purser.triage;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How soon the customer needs the answer. */
public enum UrgencyLevel {
  HIGH,
  NORMAL,
  LOW;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
