package io.purser.airline.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One flight of a booking, with the cabin and fare paid, its status, the schedule change that moved
 * it (if any) and the seats held.
 *
 * @param scheduleChange null unless the airline moved the flight after it was booked
 */
public record Segment(
    String id,
    Flight flight,
    Cabin cabin,
    Money fare,
    SegmentStatus status,
    ScheduleChange scheduleChange,
    List<SeatAssignment> seats) {

  public Segment {
    Objects.requireNonNull(id, "segment id is required");
    Objects.requireNonNull(flight, "flight is required");
    Objects.requireNonNull(cabin, "cabin is required");
    Objects.requireNonNull(fare, "fare is required");
    Objects.requireNonNull(status, "status is required");
    seats = seats == null ? List.of() : List.copyOf(seats);
  }

  /**
   * Whether a seat can still be chosen: the flight is not cancelled and has not surely left yet (in
   * the departure airport's zone, or on the latest clock on Earth when the airline does not give
   * the zone: never refused too early).
   */
  public boolean seatsCanChange(Instant now) {
    return status != SegmentStatus.CANCELLED && !flight.surelyLeft(now);
  }

  public Optional<String> seatOf(String passengerId) {
    return seats.stream()
        .filter(s -> s.passengerId().equals(passengerId))
        .map(SeatAssignment::seat)
        .findFirst();
  }

  /** The same segment on another flight: seats do not follow, the fare is the one now paid. */
  public Segment movedTo(Flight other, Cabin newCabin, Money newFare) {
    return new Segment(id, other, newCabin, newFare, SegmentStatus.CONFIRMED, null, List.of());
  }

  public Segment withSeat(String passengerId, String seat) {
    var kept = seats.stream().filter(s -> !s.passengerId().equals(passengerId));
    var all =
        java.util.stream.Stream.concat(
                kept, java.util.stream.Stream.of(new SeatAssignment(passengerId, seat)))
            .toList();
    return new Segment(id, flight, cabin, fare, status, scheduleChange, all);
  }
}
