package io.purser.airline.demo;

import io.purser.airline.demo.DemoBookings.NewSegment;
import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.Passenger;
import io.purser.airline.domain.ScheduleChange;
import io.purser.airline.domain.SegmentStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the demo airline at start: a month of timetable around today (a week back, three weeks
 * ahead) and the seed bookings, among them the seed story — a return flight from New York to Paris
 * moved three hours earlier. Tests book their own trips with {@link #book}.
 */
@Component
@ConditionalOnProperty(name = "purser.airline.connector", havingValue = "demo")
public class DemoAirline {

  /** The seed story's booking: Alex Martin's return JFK → CDG was moved from 22:15 to 19:15. */
  public static final String STORY_LOCATOR = "K7M2QX";

  public static final Duration STORY_SHIFT = Duration.ofHours(-3);

  private static final Logger log = LoggerFactory.getLogger(DemoAirline.class);
  private static final int DAYS_BACK = 7;
  private static final int DAYS = 31;

  private final DemoFlights flights;
  private final DemoBookings bookings;
  private final Clock clock;

  /**
   * The day the airline opened: the story's flights and the seeded bookings are set relative to it,
   * so they stay the ones moved and booked at opening when Purser runs past midnight (the story's
   * return used to become the next day's unmoved flight at 00:00 UTC).
   */
  private volatile LocalDate openedOn;

  DemoAirline(DemoFlights flights, DemoBookings bookings, Clock clock) {
    this.flights = flights;
    this.bookings = bookings;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void open() {
    var today = LocalDate.now(clock);
    openedOn = today;
    int added = 0;
    for (int d = 0; d < DAYS; d++) {
      var day = today.minusDays(DAYS_BACK).plusDays(d);
      if (!flights.hasDay(day)) {
        var generated = DemoSchedule.flights(day, 1);
        flights.insert(generated);
        added += generated.size();
      }
    }
    moveStoryFlight();
    seedBookings();
    log.info("Demo airline open: {} flights added, story booking {}", added, STORY_LOCATOR);
  }

  /** The seed story's return flight: New York to Paris, two days from now, at 22:15 local. */
  public FlightKey storyReturn() {
    return new FlightKey(number("JFK", "CDG", LocalTime.of(22, 15)), today().plusDays(2));
  }

  public FlightKey storyOutbound() {
    return new FlightKey(number("CDG", "JFK", null), today().minusDays(5));
  }

  /**
   * Books a trip on existing flights for one passenger, in economy. Segments on a moved flight are
   * marked as schedule changed, with the flight's previous times.
   */
  @Transactional
  public void book(
      String locator, String firstName, String lastName, String email, FlightKey... legs) {
    var segments = new ArrayList<NewSegment>();
    for (int i = 0; i < legs.length; i++) {
      var flight =
          flights
              .find(legs[i])
              .orElseThrow(() -> new IllegalArgumentException("no flight " + legs));
      var change = flight.change();
      segments.add(
          new NewSegment(
              String.valueOf(i + 1),
              flight.id(),
              Cabin.ECONOMY,
              flight.economyFare(),
              change == null ? SegmentStatus.CONFIRMED : SegmentStatus.SCHEDULE_CHANGED,
              change));
    }
    bookings.create(
        locator,
        email,
        List.of(new Passenger("1", firstName, lastName)),
        segments,
        clock.instant());
  }

  /** Marks a booked segment as delayed or cancelled, as the airline's operations would. */
  @Transactional
  public void disrupt(String locator, String segmentId, SegmentStatus status) {
    bookings.setStatus(locator, segmentId, status);
  }

  private void moveStoryFlight() {
    var key = storyReturn();
    var flight = flights.find(key).orElseThrow();
    if (flight.change() == null) {
      var f = flight.flight();
      flights.move(flight.id(), f.departure().plus(STORY_SHIFT), f.arrival().plus(STORY_SHIFT));
    }
  }

  private void seedBookings() {
    if (!bookings.exists(STORY_LOCATOR)) {
      book(
          STORY_LOCATOR,
          "Alex",
          "Martin",
          "alex.martin@example.com",
          storyOutbound(),
          storyReturn());
    }
    if (!bookings.exists("VR8N3T")) {
      book(
          "VR8N3T",
          "Maria",
          "Garcia",
          "maria.garcia@example.com",
          new FlightKey(number("MAD", "CDG", null), today().plusDays(4)));
    }
    if (!bookings.exists("CX4P9L")) {
      book(
          "CX4P9L",
          "Camille",
          "Dubois",
          "camille.dubois@example.com",
          new FlightKey(number("CDG", "LHR", null), today().plusDays(1)));
      disrupt("CX4P9L", "1", SegmentStatus.CANCELLED);
    }
    if (!bookings.exists("DL2Y6H")) {
      book(
          "DL2Y6H",
          "Sam",
          "Taylor",
          "sam.taylor@example.com",
          new FlightKey(number("JFK", "ORD", null), today()));
      disrupt("DL2Y6H", "1", SegmentStatus.DELAYED);
    }
  }

  /** The route's flight leaving at that local time on that day. */
  public FlightKey flight(String origin, String destination, LocalTime departs, LocalDate day) {
    return new FlightKey(number(origin, destination, departs), day);
  }

  /** The number of the route's flight at that time, or of its first flight of the day. */
  private static String number(String origin, String destination, LocalTime at) {
    var route =
        DemoSchedule.routes().stream()
            .filter(
                r -> r.origin().code().equals(origin) && r.destination().code().equals(destination))
            .findFirst()
            .orElseThrow();
    var slots = DemoSchedule.slots(route);
    int index = at == null ? 0 : slots.indexOf(at);
    return DemoSchedule.AIRLINE + (route.numberBase() + index);
  }

  private LocalDate today() {
    var opened = openedOn;
    return opened != null ? opened : LocalDate.now(clock);
  }

  /** For tests: the schedule change of a stored flight, if the airline moved it. */
  public ScheduleChange changeOf(FlightKey key) {
    return flights.find(key).map(DemoFlights.StoredFlight::change).orElse(null);
  }
}
