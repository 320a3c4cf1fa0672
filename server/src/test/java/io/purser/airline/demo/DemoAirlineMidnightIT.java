package io.purser.airline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.airline.domain.SegmentStatus;
import io.purser.testing.IntegrationTest;
import io.purser.testing.MovingClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo airline keeps its story when Purser runs past midnight. CI crossed 00:00 UTC once: the
 * story's return flight became the next day's flight, which nobody had moved, and six airline tests
 * saw a confirmed flight where the story has a schedule change.
 */
class DemoAirlineMidnightIT extends IntegrationTest {

  @Autowired DemoFlights flights;
  @Autowired DemoBookings bookings;

  @Test
  void theStorysFlightsStayTheOnesSetUpAtOpeningAfterMidnight() {
    // A day of its own, years ahead, so the flights it adds meet no other test's.
    var clock = new MovingClock(Instant.parse("2031-03-10T23:59:00Z"));
    var demo = new DemoAirline(flights, bookings, clock);
    demo.open();
    var storyReturn = demo.storyReturn();
    assertThat(storyReturn.date()).isEqualTo(LocalDate.parse("2031-03-12"));

    clock.set(Instant.parse("2031-03-11T00:01:00Z"));
    assertThat(demo.storyReturn()).isEqualTo(storyReturn);

    var locator = "MN" + ThreadLocalRandom.current().nextInt(1000, 9999);
    demo.book(
        locator, "Alex", "Martin", "alex@example.com", demo.storyOutbound(), demo.storyReturn());
    var segments = bookings.find(locator).orElseThrow().segments();
    assertThat(segments.get(1).status()).isEqualTo(SegmentStatus.SCHEDULE_CHANGED);
  }
}
