package io.purser.airline;

import io.purser.airline.domain.Alternative;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.SeatMap;
import java.util.List;
import java.util.Optional;

/**
 * The port to the airline's reservation system. Expected outcomes (no such booking, seat taken,
 * flight full) are return values; a system that does not answer, fails or answers nonsense throws
 * {@link AirlineUnavailable}. Every changing call carries an idempotency key: the same key twice
 * changes the booking once and answers as the first call did, so a call whose outcome is unknown (a
 * timeout) can be repeated safely.
 */
public interface AirlineConnector {

  /**
   * @param lastName when given, the booking is found only if a passenger has this last name
   */
  Optional<Booking> findBooking(String recordLocator, String lastName);

  List<Alternative> alternatives(AlternativeSearch search);

  BookingOutcome changeSegment(SegmentChange change);

  Optional<SeatMap> seatMap(FlightKey flight);

  BookingOutcome assignSeat(SeatRequest request);

  ConfirmationOutcome sendConfirmation(ConfirmationRequest request);
}
