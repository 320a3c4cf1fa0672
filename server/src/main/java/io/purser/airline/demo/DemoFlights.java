package io.purser.airline.demo;

import io.purser.airline.demo.DemoSchedule.ScheduledFlight;
import io.purser.airline.domain.Flight;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.Money;
import io.purser.airline.domain.ScheduleChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demo airline's timetable as stored: generated days are inserted once, then only read. */
@Repository
class DemoFlights {

  /** A stored flight with its id, economy fare and, if it was moved, its previous times. */
  record StoredFlight(long id, Flight flight, Money economyFare, ScheduleChange change) {}

  private static final String SELECT =
      "select id, number, origin, destination, departs_at, arrives_at, aircraft, economy_fare,"
          + " currency, previous_departs_at, previous_arrives_at from demo_flight";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  DemoFlights(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  boolean hasDay(LocalDate date) {
    return jdbc.sql("select count(*) from demo_flight where flight_date = ?")
            .param(date)
            .query(Long.class)
            .single()
        > 0;
  }

  void insert(List<ScheduledFlight> flights) {
    batch.batchUpdate(
        "insert into demo_flight (number, flight_date, origin, destination, departs_at, arrives_at,"
            + " aircraft, economy_fare, currency) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        flights,
        500,
        (ps, f) -> {
          var flight = f.flight();
          ps.setString(1, flight.number());
          ps.setObject(2, flight.departure().toLocalDate());
          ps.setString(3, flight.origin());
          ps.setString(4, flight.destination());
          ps.setObject(5, flight.departure());
          ps.setObject(6, flight.arrival());
          ps.setString(7, flight.aircraft());
          ps.setBigDecimal(8, f.economyFare().amount());
          ps.setString(9, f.economyFare().currency());
        });
  }

  Optional<StoredFlight> find(FlightKey key) {
    return jdbc.sql(SELECT + " where number = ? and flight_date = ?")
        .params(key.number(), key.date())
        .query(DemoFlights::flight)
        .optional();
  }

  Optional<StoredFlight> find(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(DemoFlights::flight).optional();
  }

  List<StoredFlight> route(String origin, String destination, LocalDate date) {
    return jdbc.sql(
            SELECT
                + " where origin = ? and destination = ? and flight_date = ? order by departs_at")
        .params(origin, destination, date)
        .query(DemoFlights::flight)
        .list();
  }

  /** The airline moves a flight; its first times are kept as the schedule change. */
  void move(long id, LocalDateTime departure, LocalDateTime arrival) {
    jdbc.sql(
            "update demo_flight set previous_departs_at = coalesce(previous_departs_at,"
                + " departs_at), previous_arrives_at = coalesce(previous_arrives_at, arrives_at),"
                + " departs_at = ?, arrives_at = ? where id = ?")
        .params(departure, arrival, id)
        .update();
  }

  private static StoredFlight flight(ResultSet rs, int row) throws SQLException {
    var flight =
        new Flight(
            rs.getString("number"),
            rs.getString("origin"),
            rs.getString("destination"),
            rs.getObject("departs_at", LocalDateTime.class),
            rs.getObject("arrives_at", LocalDateTime.class),
            rs.getString("aircraft"),
            DemoSchedule.zoneOf(rs.getString("origin")));
    var previous = rs.getObject("previous_departs_at", LocalDateTime.class);
    var change =
        previous == null
            ? null
            : new ScheduleChange(
                previous, rs.getObject("previous_arrives_at", LocalDateTime.class));
    return new StoredFlight(
        rs.getLong("id"),
        flight,
        new Money(rs.getBigDecimal("economy_fare"), rs.getString("currency")),
        change);
  }
}
