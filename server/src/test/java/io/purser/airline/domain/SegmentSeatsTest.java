package io.purser.airline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A seat can be chosen until the flight may have left, wherever its airport is. */
class SegmentSeatsTest {

  // DA118 leaves 2026-12-05 19:15, local time at its airport.
  private final Segment confirmed = BookingRulesTest.confirmedSegment();

  @Test
  void beforeTheLocalDepartureAnywhereOnEarthSeatsCanChange() {
    // 19:15 local at UTC+14 is 05:15 UTC: already past there, but the airport may be further west.
    assertThat(confirmed.seatsCanChange(Instant.parse("2026-12-05T05:15:00Z"))).isTrue();
    // 19:15 at UTC−12 is 07:15 UTC the next day: until then the flight may not have left.
    assertThat(confirmed.seatsCanChange(Instant.parse("2026-12-06T07:14:59Z"))).isTrue();
  }

  @Test
  void onceTheLocalDepartureHasPassedEverywhereSeatsAreClosed() {
    assertThat(confirmed.seatsCanChange(Instant.parse("2026-12-06T07:15:00Z"))).isFalse();
    assertThat(confirmed.seatsCanChange(Instant.parse("2026-12-20T00:00:00Z"))).isFalse();
  }

  @Test
  void aCancelledFlightTakesNoSeat() {
    var cancelled =
        new Segment(
            "1",
            confirmed.flight(),
            Cabin.ECONOMY,
            Money.of("420", "EUR"),
            SegmentStatus.CANCELLED,
            null,
            List.of());
    assertThat(cancelled.seatsCanChange(Instant.parse("2026-11-01T00:00:00Z"))).isFalse();
  }
}
