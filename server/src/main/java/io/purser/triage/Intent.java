package io.purser.triage;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the customer's message is about, in the airline care team's own topics. */
public enum Intent {
  DELAY,
  CANCELLATION,
  REBOOKING,
  BAGGAGE_LOST,
  BAGGAGE_DAMAGED,
  REFUND,
  BOOKING,
  CHECK_IN,
  SEAT,
  LOYALTY,
  SPECIAL_ASSISTANCE,
  CREW,
  INFLIGHT,
  AIRPORT,
  CUSTOMER_SERVICE,
  OTHER;

  /** The lower_snake_case name used in JSON and in label files. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a wire name ({@code baggage_lost}, …), ignoring case. */
  public static Intent fromWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
