package io.purser.airline.domain;

import java.util.Objects;

/** A traveller on the booking; {@code id} is the airline's reference within it ("1", "2"). */
public record Passenger(String id, String firstName, String lastName) {

  public Passenger {
    Objects.requireNonNull(id, "passenger id is required");
    Objects.requireNonNull(lastName, "last name is required");
  }
}
