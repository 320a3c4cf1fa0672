package io.purser.airline;

import io.purser.airline.domain.Booking;

/** What the airline's system did with a change or a seat request. */
public sealed interface BookingOutcome {

  /** Done (now or by an earlier call with the same key): the booking as it is now. */
  record Updated(Booking booking) implements BookingOutcome {}

  /**
   * Not done, and nothing changed: {@code code} is machine-readable (booking_not_found,
   * segment_not_found, flight_not_found, flight_full, seat_taken, seat_not_found, wrong_cabin,
   * key_reused), {@code reason} is for the agent.
   */
  record Refused(String code, String reason) implements BookingOutcome {}
}
