package io.purser.airline.domain;

import java.util.Objects;

/** A flight the segment could move to, with free seats in the cabin and its current fare. */
public record Alternative(Flight flight, Cabin cabin, int seatsLeft, Money fare) {

  public Alternative {
    Objects.requireNonNull(flight, "flight is required");
    Objects.requireNonNull(cabin, "cabin is required");
    Objects.requireNonNull(fare, "fare is required");
  }
}
