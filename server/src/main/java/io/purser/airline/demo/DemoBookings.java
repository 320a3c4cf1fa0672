package io.purser.airline.demo;

import io.purser.airline.domain.Booking;
import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.Money;
import io.purser.airline.domain.Passenger;
import io.purser.airline.domain.ScheduleChange;
import io.purser.airline.domain.SeatAssignment;
import io.purser.airline.domain.Segment;
import io.purser.airline.domain.SegmentStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demo airline's bookings: passengers, segments on stored flights, seats and operations. */
@Repository
class DemoBookings {

  /** A segment to store: on which flight, in which cabin, at which fare, and its status. */
  record NewSegment(
      String segmentId,
      long flightId,
      Cabin cabin,
      Money fare,
      SegmentStatus status,
      ScheduleChange change) {}

  private final JdbcClient jdbc;
  private final DemoFlights flights;

  DemoBookings(JdbcClient jdbc, DemoFlights flights) {
    this.jdbc = jdbc;
    this.flights = flights;
  }

  boolean exists(String recordLocator) {
    return jdbc.sql("select count(*) from demo_booking where record_locator = ?")
            .param(recordLocator)
            .query(Long.class)
            .single()
        > 0;
  }

  void create(
      String locator,
      String email,
      List<Passenger> passengers,
      List<NewSegment> segments,
      Instant now) {
    jdbc.sql("insert into demo_booking (record_locator, email, created_at) values (?, ?, ?)")
        .params(locator, email, now.atOffset(java.time.ZoneOffset.UTC))
        .update();
    for (var p : passengers) {
      jdbc.sql(
              "insert into demo_passenger (record_locator, passenger_id, first_name, last_name)"
                  + " values (?, ?, ?, ?)")
          .params(locator, p.id(), p.firstName(), p.lastName())
          .update();
    }
    for (var s : segments) {
      jdbc.sql(
              "insert into demo_segment (record_locator, segment_id, flight_id, cabin, fare,"
                  + " currency, status, previous_departs_at, previous_arrives_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              locator,
              s.segmentId(),
              s.flightId(),
              s.cabin().name(),
              s.fare().amount(),
              s.fare().currency(),
              s.status().name(),
              s.change() == null ? null : s.change().previousDeparture(),
              s.change() == null ? null : s.change().previousArrival())
          .update();
    }
  }

  Optional<Booking> find(String locator) {
    var email =
        jdbc.sql("select email from demo_booking where record_locator = ?")
            .param(locator)
            .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
            .optional();
    if (email.isEmpty()) {
      return Optional.empty();
    }
    var passengers =
        jdbc.sql(
                "select passenger_id, first_name, last_name from demo_passenger"
                    + " where record_locator = ? order by passenger_id")
            .param(locator)
            .query((rs, row) -> new Passenger(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();
    return Optional.of(
        new Booking(locator, passengers, segments(locator), email.get().orElse(null)));
  }

  private List<Segment> segments(String locator) {
    record Row(
        String id,
        long flightId,
        Cabin cabin,
        Money fare,
        SegmentStatus status,
        LocalDateTime prevDep,
        LocalDateTime prevArr) {}
    var rows =
        jdbc.sql(
                "select segment_id, flight_id, cabin, fare, currency, status, previous_departs_at,"
                    + " previous_arrives_at from demo_segment where record_locator = ?"
                    + " order by segment_id")
            .param(locator)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getString(1),
                        rs.getLong(2),
                        Cabin.valueOf(rs.getString(3)),
                        new Money(rs.getBigDecimal(4), rs.getString(5)),
                        SegmentStatus.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDateTime.class),
                        rs.getObject(8, LocalDateTime.class)))
            .list();
    var segments = new ArrayList<Segment>();
    for (var r : rows) {
      var flight = flights.find(r.flightId()).orElseThrow();
      var change = r.prevDep() == null ? null : new ScheduleChange(r.prevDep(), r.prevArr());
      segments.add(
          new Segment(
              r.id(),
              flight.flight(),
              r.cabin(),
              r.fare(),
              r.status(),
              change,
              seats(locator, r.id())));
    }
    return segments;
  }

  private List<SeatAssignment> seats(String locator, String segmentId) {
    return jdbc.sql(
            "select passenger_id, seat from demo_seat where record_locator = ? and segment_id = ?"
                + " order by passenger_id")
        .params(locator, segmentId)
        .query((rs, row) -> new SeatAssignment(rs.getString(1), rs.getString(2)))
        .list();
  }

  long flightOf(String locator, String segmentId) {
    return jdbc.sql(
            "select flight_id from demo_segment where record_locator = ? and segment_id = ?")
        .params(locator, segmentId)
        .query(Long.class)
        .single();
  }

  /** Moves the segment to another flight; the seats held on the old one are given back. */
  void moveSegment(String locator, String segmentId, long flightId, Cabin cabin, Money fare) {
    jdbc.sql("delete from demo_seat where record_locator = ? and segment_id = ?")
        .params(locator, segmentId)
        .update();
    jdbc.sql(
            "update demo_segment set flight_id = ?, cabin = ?, fare = ?, currency = ?,"
                + " status = 'CONFIRMED', previous_departs_at = null, previous_arrives_at = null"
                + " where record_locator = ? and segment_id = ?")
        .params(flightId, cabin.name(), fare.amount(), fare.currency(), locator, segmentId)
        .update();
  }

  Set<String> heldSeats(long flightId) {
    return new HashSet<>(
        jdbc.sql("select seat from demo_seat where flight_id = ?")
            .param(flightId)
            .query(String.class)
            .list());
  }

  /** Gives the passenger the seat, releasing the one they held on the segment. */
  void holdSeat(long flightId, String seat, String locator, String segmentId, String passengerId) {
    jdbc.sql(
            "delete from demo_seat where record_locator = ? and segment_id = ? and passenger_id = ?")
        .params(locator, segmentId, passengerId)
        .update();
    jdbc.sql(
            "insert into demo_seat (flight_id, seat, record_locator, segment_id, passenger_id)"
                + " values (?, ?, ?, ?, ?)")
        .params(flightId, seat, locator, segmentId, passengerId)
        .update();
  }

  /** The fingerprint of the operation already applied with this key, if any. */
  Optional<String> operation(String key) {
    return jdbc.sql("select fingerprint from demo_operation where idempotency_key = ?")
        .param(key)
        .query(String.class)
        .optional();
  }

  void recordOperation(String key, String kind, String fingerprint, Instant now) {
    jdbc.sql(
            "insert into demo_operation (idempotency_key, kind, fingerprint, created_at)"
                + " values (?, ?, ?, ?)")
        .params(key, kind, fingerprint, now.atOffset(java.time.ZoneOffset.UTC))
        .update();
  }

  void setStatus(String locator, String segmentId, SegmentStatus status) {
    jdbc.sql("update demo_segment set status = ? where record_locator = ? and segment_id = ?")
        .params(status.name(), locator, segmentId)
        .update();
  }
}
