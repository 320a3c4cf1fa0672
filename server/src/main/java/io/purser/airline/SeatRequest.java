package io.purser.airline;

import java.util.Objects;

/** Give a passenger a seat on a segment, at most once per key. */
public record SeatRequest(
    String recordLocator,
    String segmentId,
    String passengerId,
    String seat,
    String idempotencyKey) {

  public SeatRequest {
    Objects.requireNonNull(recordLocator, "record locator is required");
    Objects.requireNonNull(segmentId, "segment id is required");
    Objects.requireNonNull(passengerId, "passenger id is required");
    Objects.requireNonNull(seat, "seat is required");
    Objects.requireNonNull(idempotencyKey, "idempotency key is required");
  }
}
