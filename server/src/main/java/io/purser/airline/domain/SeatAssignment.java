package io.purser.airline.domain;

import java.util.Objects;

/** The seat a passenger holds on a segment. */
public record SeatAssignment(String passengerId, String seat) {

  public SeatAssignment {
    Objects.requireNonNull(passengerId, "passenger id is required");
    Objects.requireNonNull(seat, "seat is required");
  }
}
