package io.purser.airline;

import io.purser.airline.AirlineUnavailable.Kind;
import io.purser.airline.domain.Alternative;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.SeatMap;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** No airline connected (purser.airline.connector=none): every call says so. */
@Component
@ConditionalOnProperty(
    name = "purser.airline.connector",
    havingValue = "none",
    matchIfMissing = true)
class UnconfiguredAirline implements AirlineConnector {

  private static AirlineUnavailable missing() {
    return new AirlineUnavailable(
        Kind.NOT_CONFIGURED,
        "No airline system is connected: set purser.airline.connector to demo or http");
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
