package io.purser.airline.demo;

import io.purser.airline.AirlineConnector;
import io.purser.airline.AlternativeSearch;
import io.purser.airline.BookingOutcome;
import io.purser.airline.ConfirmationOutcome;
import io.purser.airline.ConfirmationRequest;
import io.purser.airline.SeatRequest;
import io.purser.airline.SegmentChange;
import io.purser.airline.demo.DemoFlights.StoredFlight;
import io.purser.airline.domain.Alternative;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.Fingerprint;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.Money;
import io.purser.airline.domain.RecordLocator;
import io.purser.airline.domain.SeatMap;
import io.purser.airline.domain.Segment;
import io.purser.airline.mail.ConfirmationMail;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo airline behind the connector port, in-process and persisted in its own tables. It
 * behaves like a real reservation system would: idempotency keys, full flights, seats that two
 * passengers cannot hold at once, refusals with reasons. One is made for each workspace connected
 * to it ({@link DemoConnections}), so the e-mails the airline sends itself are kept as that
 * workspace's, as a real airline knows which client's signed call asked for one.
 */
class DemoAirlineConnector implements AirlineConnector {

  private final DemoFlights flights;
  private final DemoBookings bookings;
  private final ConfirmationMail mail;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final long workspaceId;

  DemoAirlineConnector(DemoConnections airline, long workspaceId) {
    this.flights = airline.flights;
    this.bookings = airline.bookings;
    this.mail = airline.mail;
    this.transactions = airline.transactions;
    this.clock = airline.clock;
    this.workspaceId = workspaceId;
  }

  @Override
  public Optional<Booking> findBooking(String recordLocator, String lastName) {
    return RecordLocator.normalise(recordLocator)
        .flatMap(bookings::find)
        .filter(b -> lastName == null || lastName.isBlank() || b.hasPassengerNamed(lastName));
  }

  @Override
  public List<Alternative> alternatives(AlternativeSearch search) {
    var booking = findBooking(search.recordLocator(), null);
    var segment = booking.flatMap(b -> b.segment(search.segmentId()));
    if (segment.isEmpty()) {
      return List.of();
    }
    var current = segment.get();
    var origin = search.origin() == null ? current.flight().origin() : search.origin();
    var destination =
        search.destination() == null ? current.flight().destination() : search.destination();
    var cabin = search.cabin() == null ? current.cabin() : search.cabin();
    var day = search.date() == null ? current.flight().departure().toLocalDate() : search.date();
    var candidates = new ArrayList<>(flights.route(origin, destination, day));
    if (search.date() == null) {
      candidates.addAll(flights.route(origin, destination, day.plusDays(1)));
    }
    int travellers = booking.get().passengers().size();
    var found = new ArrayList<Alternative>();
    for (var candidate : candidates) {
      var time = candidate.flight().departure().toLocalTime();
      if ((search.earliest() != null && time.isBefore(search.earliest()))
          || (search.latest() != null && time.isAfter(search.latest()))
          || candidate.flight().key().equals(current.flight().key())) {
        continue;
      }
      int left = (int) seatMap(candidate).freeCount(cabin);
      if (left >= travellers) {
        found.add(new Alternative(candidate.flight(), cabin, left, fare(candidate, cabin)));
      }
    }
    return found;
  }

  @Override
  public BookingOutcome changeSegment(SegmentChange c) {
    var fingerprint =
        Fingerprint.of(
            "change", c.recordLocator(), c.segmentId(), c.newFlight(), c.cabin(), c.reason());
    return once(c.idempotencyKey(), "change", fingerprint, c.recordLocator(), () -> change(c));
  }

  private BookingOutcome change(SegmentChange c) {
    var booking = bookings.find(c.recordLocator());
    if (booking.isEmpty()) {
      return refused("booking_not_found", "No booking " + c.recordLocator());
    }
    var segment = booking.get().segment(c.segmentId());
    if (segment.isEmpty()) {
      return refused(
          "segment_not_found", "Booking " + c.recordLocator() + " has no segment " + c.segmentId());
    }
    var target = flights.find(c.newFlight());
    if (target.isEmpty()) {
      return refused(
          "flight_not_found",
          "No flight " + c.newFlight().number() + " on " + c.newFlight().date());
    }
    if (seatMap(target.get()).freeCount(c.cabin()) < booking.get().passengers().size()) {
      return refused(
          "flight_full", target.get().flight().number() + " has no room left in " + c.cabin());
    }
    var fare =
        c.reason().involuntary()
            ? keptFare(segment.get(), c.cabin(), target.get())
            : fare(target.get(), c.cabin());
    bookings.moveSegment(c.recordLocator(), c.segmentId(), target.get().id(), c.cabin(), fare);
    return new BookingOutcome.Updated(bookings.find(c.recordLocator()).orElseThrow());
  }

  @Override
  public Optional<SeatMap> seatMap(FlightKey key) {
    return flights.find(key).map(this::seatMap);
  }

  @Override
  public BookingOutcome assignSeat(SeatRequest r) {
    var fingerprint =
        Fingerprint.of("seat", r.recordLocator(), r.segmentId(), r.passengerId(), r.seat());
    return once(r.idempotencyKey(), "seat", fingerprint, r.recordLocator(), () -> seat(r));
  }

  private BookingOutcome seat(SeatRequest r) {
    var booking = bookings.find(r.recordLocator());
    var segment = booking.flatMap(b -> b.segment(r.segmentId()));
    if (segment.isEmpty()) {
      return refused(
          "segment_not_found", "No segment " + r.segmentId() + " on booking " + r.recordLocator());
    }
    if (booking.get().passenger(r.passengerId()).isEmpty()) {
      return refused(
          "passenger_not_found",
          "No passenger " + r.passengerId() + " on booking " + r.recordLocator());
    }
    long flightId = bookings.flightOf(r.recordLocator(), r.segmentId());
    var map = seatMap(flights.find(flightId).orElseThrow());
    var seat = map.seat(r.seat());
    if (seat.isEmpty()) {
      return refused("seat_not_found", "There is no seat " + r.seat() + " on a " + map.aircraft());
    }
    if (seat.get().cabin() != segment.get().cabin()) {
      return refused(
          "wrong_cabin",
          "Seat "
              + seat.get().code()
              + " is in "
              + seat.get().cabin()
              + "; the booking is in "
              + segment.get().cabin());
    }
    boolean alreadyTheirs =
        segment.get().seatOf(r.passengerId()).filter(seat.get().code()::equals).isPresent();
    if (!seat.get().free() && !alreadyTheirs) {
      return refused("seat_taken", "Seat " + seat.get().code() + " is taken");
    }
    bookings.holdSeat(
        flightId, seat.get().code(), r.recordLocator(), r.segmentId(), r.passengerId());
    return new BookingOutcome.Updated(bookings.find(r.recordLocator()).orElseThrow());
  }

  @Override
  public ConfirmationOutcome sendConfirmation(ConfirmationRequest r) {
    var booking = findBooking(r.recordLocator(), null);
    if (booking.isEmpty()) {
      return new ConfirmationOutcome.Refused(
          "booking_not_found", "No booking " + r.recordLocator());
    }
    return mail.send(workspaceId, booking.get(), r.email(), r.language(), r.idempotencyKey());
  }

  /**
   * Applies a changing call at most once per key, in one transaction with the key's record. A
   * concurrent call with the same key waits on the key's row and then answers as a repeat.
   */
  private BookingOutcome once(
      String key, String kind, String fingerprint, String locator, Supplier<BookingOutcome> apply) {
    try {
      return transactions.execute(
          tx -> {
            var earlier = bookings.operation(key);
            if (earlier.isPresent()) {
              return repeat(earlier.get(), fingerprint, locator);
            }
            bookings.recordOperation(key, kind, fingerprint, clock.instant());
            var outcome = apply.get();
            if (outcome instanceof BookingOutcome.Refused) {
              tx.setRollbackOnly();
            }
            return outcome;
          });
    } catch (DuplicateKeyException raced) {
      return repeat(bookings.operation(key).orElse(fingerprint), fingerprint, locator);
    }
  }

  private BookingOutcome repeat(String earlier, String fingerprint, String locator) {
    if (!earlier.equals(fingerprint)) {
      return refused("key_reused", "This idempotency key was already used for another request");
    }
    return new BookingOutcome.Updated(bookings.find(locator).orElseThrow());
  }

  private SeatMap seatMap(StoredFlight flight) {
    return DemoSeats.seatMap(flight, bookings.heldSeats(flight.id()));
  }

  private static Money fare(StoredFlight flight, Cabin cabin) {
    return cabin == Cabin.BUSINESS
        ? DemoSchedule.businessFare(flight.economyFare())
        : flight.economyFare();
  }

  /** An involuntary change keeps what the customer paid, unless they move to another cabin. */
  private static Money keptFare(Segment segment, Cabin cabin, StoredFlight target) {
    return cabin == segment.cabin() ? segment.fare() : fare(target, cabin);
  }

  private static BookingOutcome refused(String code, String reason) {
    return new BookingOutcome.Refused(code, reason);
  }
}
