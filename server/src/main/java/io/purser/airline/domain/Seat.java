package io.purser.airline.domain;

import java.util.Objects;

/** One seat of a flight's seat map ("14A"), where it is in the row, and whether it is free. */
public record Seat(String code, int row, SeatPosition position, Cabin cabin, boolean free) {

  public Seat {
    Objects.requireNonNull(code, "seat code is required");
    Objects.requireNonNull(position, "seat position is required");
    Objects.requireNonNull(cabin, "cabin is required");
  }
}
