package io.purser.airline.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One flight as scheduled. Times are local at each airport, as on a boarding pass.
 *
 * @param aircraft the aircraft type, which gives the seat map (A320, B787)
 */
public record Flight(
    String number,
    String origin,
    String destination,
    LocalDateTime departure,
    LocalDateTime arrival,
    String aircraft) {

  public Flight {
    Objects.requireNonNull(number, "flight number is required");
    Objects.requireNonNull(origin, "origin is required");
    Objects.requireNonNull(destination, "destination is required");
    Objects.requireNonNull(departure, "departure is required");
    Objects.requireNonNull(arrival, "arrival is required");
    if (origin.equals(destination)) {
      throw new IllegalArgumentException("a flight goes somewhere else, got " + origin + " twice");
    }
  }

  public FlightKey key() {
    return new FlightKey(number, departure.toLocalDate());
  }
}
