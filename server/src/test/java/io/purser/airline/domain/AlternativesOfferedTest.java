package io.purser.airline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the ranking never offers: a flight that has left — judged in its departure airport's time
 * zone — and the customer's own flight, the one being replaced.
 */
class AlternativesOfferedTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDateTime DAY = LocalDateTime.of(2026, 12, 7, 0, 0);

  /** The customer's flight in most cases: tonight's 22:15 from New York, delayed. */
  private static final Segment DELAYED_TONIGHT =
      booked(from("DA118", "JFK", NEW_YORK, 22, 15), SegmentStatus.DELAYED, null);

  private static Flight from(String number, String origin, ZoneId zone, int hour, int minute) {
    var departs = DAY.withHour(hour).withMinute(minute);
    var destination = origin.equals("JFK") ? "CDG" : "JFK";
    return new Flight(number, origin, destination, departs, departs.plusHours(8), "B787", zone);
  }

  private static Alternative offer(Flight flight) {
    return new Alternative(flight, Cabin.ECONOMY, 40, Money.of("400", "EUR"));
  }

  private static Segment booked(Flight flight, SegmentStatus status, ScheduleChange change) {
    return new Segment(
        "1", flight, Cabin.ECONOMY, Money.of("420", "EUR"), status, change, List.of());
  }

  private static List<String> offered(List<Alternative> all, Segment current, Instant now) {
    return AlternativeRanking.rank(all, List.of(), current, List.of(), now).stream()
        .map(r -> r.alternative().flight().number())
        .toList();
  }

  @Test
  void aFlightThatHasLeftInItsAirportsZoneIsNotOffered() {
    var morning = offer(from("DA101", "JFK", NEW_YORK, 8, 30));
    var evening = offer(from("DA102", "JFK", NEW_YORK, 17, 10));
    // 15:00 UTC is 10:00 in New York: the 08:30 has left, the 17:10 has not.
    var now = Instant.parse("2026-12-07T15:00:00Z");

    assertThat(offered(List.of(morning, evening), DELAYED_TONIGHT, now)).containsExactly("DA102");
  }

  @Test
  void theSameLocalTimeIsJudgedInEachAirportsOwnZone() {
    // Both leave at 12:00 local: in Paris that is 11:00 UTC, in New York 17:00 UTC.
    var paris = offer(from("DA201", "CDG", PARIS, 12, 0));
    var newYork = offer(from("DA202", "JFK", NEW_YORK, 12, 0));
    var now = Instant.parse("2026-12-07T12:00:00Z");

    assertThat(offered(List.of(paris, newYork), DELAYED_TONIGHT, now)).containsExactly("DA202");
    assertThat(
            offered(
                List.of(paris, newYork), DELAYED_TONIGHT, Instant.parse("2026-12-07T10:59:00Z")))
        .containsExactlyInAnyOrder("DA201", "DA202");
    assertThat(
            offered(
                List.of(paris, newYork), DELAYED_TONIGHT, Instant.parse("2026-12-07T17:00:00Z")))
        .as("a flight leaving this very minute is gone")
        .isEmpty();
  }

  @Test
  void withoutAZoneAFlightIsOfferedOnlyUntilItsTimeComesOnTheEarliestClock() {
    var unknown = offer(from("XX1", "JFK", null, 12, 0));
    // 12:00 at UTC+14 is 22:00 UTC the day before.
    assertThat(offered(List.of(unknown), DELAYED_TONIGHT, Instant.parse("2026-12-06T21:59:00Z")))
        .containsExactly("XX1");
    assertThat(offered(List.of(unknown), DELAYED_TONIGHT, Instant.parse("2026-12-06T22:00:00Z")))
        .isEmpty();
  }

  @Test
  void theCustomersOwnCancelledFlightIsNeverOffered() {
    var own = from("DA118", "JFK", NEW_YORK, 22, 15);
    var current = booked(own, SegmentStatus.CANCELLED, null);
    var sameNumberNextDay =
        offer(
            new Flight(
                "DA118",
                "JFK",
                "CDG",
                own.departure().plusDays(1),
                own.arrival().plusDays(1),
                "B787",
                NEW_YORK));
    var now = Instant.parse("2026-12-07T12:00:00Z");

    assertThat(offered(List.of(offer(own), sameNumberNextDay), current, now))
        .as("the same number tomorrow is another flight, today's is the one being replaced")
        .containsExactly("DA118")
        .hasSize(1);
    assertThat(
            AlternativeRanking.rank(
                    List.of(offer(own), sameNumberNextDay), List.of(), current, List.of(), now)
                .get(0)
                .alternative()
                .flight()
                .departure())
        .isEqualTo(own.departure().plusDays(1));
  }

  @Test
  void aFlightTheAirlineMovedPastMidnightIsStillTheCustomersOwn() {
    // Booked for 22:15 on the 7th, moved to 00:40 on the 8th: the 8th's DA118 is the same flight.
    var moved =
        new Flight(
            "DA118",
            "JFK",
            "CDG",
            DAY.plusDays(1).withHour(0).withMinute(40),
            DAY.plusDays(1).withHour(14),
            "B787",
            NEW_YORK);
    var current =
        booked(
            moved,
            SegmentStatus.SCHEDULE_CHANGED,
            new ScheduleChange(DAY.withHour(22).withMinute(15), DAY.plusDays(1).withHour(11)));
    var asOriginallyScheduled = offer(from("DA118", "JFK", NEW_YORK, 22, 15));
    var other = offer(from("DA102", "JFK", NEW_YORK, 17, 10));
    var now = Instant.parse("2026-12-07T12:00:00Z");

    assertThat(offered(List.of(offer(moved), asOriginallyScheduled, other), current, now))
        .containsExactly("DA102");
  }
}
