package io.purser.airline;

import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.ChangeReason;
import io.purser.airline.domain.FlightKey;
import java.util.Objects;

/** Move one segment of a booking to another flight, for a reason, at most once per key. */
public record SegmentChange(
    String recordLocator,
    String segmentId,
    FlightKey newFlight,
    Cabin cabin,
    ChangeReason reason,
    String idempotencyKey) {

  public SegmentChange {
    Objects.requireNonNull(recordLocator, "record locator is required");
    Objects.requireNonNull(segmentId, "segment id is required");
    Objects.requireNonNull(newFlight, "new flight is required");
    Objects.requireNonNull(cabin, "cabin is required");
    Objects.requireNonNull(reason, "reason is required");
    Objects.requireNonNull(idempotencyKey, "idempotency key is required");
  }
}
