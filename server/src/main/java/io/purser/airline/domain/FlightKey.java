package io.purser.airline.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A flight on one day: the number (DA 123 → "DA123") and the local date it departs. */
public record FlightKey(String number, LocalDate date) {

  public FlightKey {
    Objects.requireNonNull(number, "flight number is required");
    Objects.requireNonNull(date, "flight date is required");
    number = number.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (!number.matches("[A-Z0-9]{2}[0-9]{1,4}[A-Z]?")) {
      throw new IllegalArgumentException(
          "a flight number is a two-character airline code and 1–4 digits, got " + number);
    }
  }
}
