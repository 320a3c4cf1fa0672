package io.purser.airline.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One flight as scheduled. Times are local at each airport, as on a boarding pass.
 *
 * @param aircraft the aircraft type, which gives the seat map (A320, B787)
 * @param originZone the departure airport's time zone, which turns the local departure into an
 *     instant; null when the airline does not give it
 */
public record Flight(
    String number,
    String origin,
    String destination,
    LocalDateTime departure,
    LocalDateTime arrival,
    String aircraft,
    ZoneId originZone) {

  /** The latest clock on Earth (UTC−12): a local time there is the last to come. */
  private static final ZoneOffset LATEST_CLOCK = ZoneOffset.ofHours(-12);

  /** The earliest clock on Earth (UTC+14): a local time there is the first to come. */
  private static final ZoneOffset EARLIEST_CLOCK = ZoneOffset.ofHours(14);

  /** A flight whose airline does not say in which time zone it leaves. */
  public Flight(
      String number,
      String origin,
      String destination,
      LocalDateTime departure,
      LocalDateTime arrival,
      String aircraft) {
    this(number, origin, destination, departure, arrival, aircraft, null);
  }

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

  /**
   * Whether the flight has certainly left: its local departure has passed in the departure
   * airport's zone or, when the zone is unknown, even on the latest clock on Earth (never said too
   * early, at most a day late).
   */
  public boolean surelyLeft(Instant now) {
    return !departure.isAfter(
        LocalDateTime.ofInstant(now, originZone != null ? originZone : LATEST_CLOCK));
  }

  /**
   * Whether the flight may have left: its local departure has passed in the departure airport's
   * zone or, when the zone is unknown, already on the earliest clock on Earth — so a flight offered
   * to a customer has not left anywhere.
   */
  public boolean mayHaveLeft(Instant now) {
    return !departure.isAfter(
        LocalDateTime.ofInstant(now, originZone != null ? originZone : EARLIEST_CLOCK));
  }

  public FlightKey key() {
    return new FlightKey(number, departure.toLocalDate());
  }
}
