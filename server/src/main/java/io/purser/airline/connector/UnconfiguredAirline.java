package io.purser.airline.connector;

import io.purser.airline.AirlineConnector;
import io.purser.airline.AirlineUnavailable;
import io.purser.airline.AirlineUnavailable.Kind;
import io.purser.airline.AlternativeSearch;
import io.purser.airline.BookingOutcome;
import io.purser.airline.ConfirmationOutcome;
import io.purser.airline.ConfirmationRequest;
import io.purser.airline.SeatRequest;
import io.purser.airline.SegmentChange;
import io.purser.airline.domain.Alternative;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.SeatMap;
import java.util.List;
import java.util.Optional;

/** No airline connected to the workspace (kind none): every call says so. */
class UnconfiguredAirline implements AirlineConnector {

  static final UnconfiguredAirline INSTANCE = new UnconfiguredAirline();

  private UnconfiguredAirline() {}

  private static AirlineUnavailable missing() {
    return new AirlineUnavailable(
        Kind.NOT_CONFIGURED,
        "No airline system is connected to this workspace: an administrator connects one with"
            + " PUT /api/v1/airline/connector");
  }

  @Override
  public Optional<Booking> findBooking(String recordLocator, String lastName) {
    throw missing();
  }

  @Override
  public List<Alternative> alternatives(AlternativeSearch search) {
    throw missing();
  }

  @Override
  public BookingOutcome changeSegment(SegmentChange change) {
    throw missing();
  }

  @Override
  public Optional<SeatMap> seatMap(FlightKey flight) {
    throw missing();
  }

  @Override
  public BookingOutcome assignSeat(SeatRequest request) {
    throw missing();
  }

  @Override
  public ConfirmationOutcome sendConfirmation(ConfirmationRequest request) {
    throw missing();
  }
}
