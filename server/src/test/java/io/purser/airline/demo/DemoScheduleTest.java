package io.purser.airline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.airline.domain.AircraftLayout;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The demo timetable: deterministic, realistic, and holding the seed story's flight. */
class DemoScheduleTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Test
  void theSameDatesGiveTheSameFlights() {
    assertThat(DemoSchedule.flights(DAY, 2)).isEqualTo(DemoSchedule.flights(DAY, 2));
  }

  @Test
  void twentyAirportsAndAMonthOfFlightsWithUniqueNumbersPerDay() {
    assertThat(DemoSchedule.AIRPORTS).hasSize(20);
    var month = DemoSchedule.flights(DAY, 31);
    assertThat(month).hasSizeGreaterThan(31 * 100);
    assertThat(month.stream().map(f -> f.flight().key()).distinct().count())
        .isEqualTo(month.size());
  }

  @Test
  void flightsHaveRealisticDurationsAndLandInLocalTime() {
    var paris =
        DemoSchedule.flights(DAY, 1).stream()
            .filter(
                f -> f.flight().origin().equals("JFK") && f.flight().destination().equals("CDG"))
            .toList();
    assertThat(paris)
        .extracting(f -> f.flight().departure().toLocalTime())
        .containsExactlyElementsOf(DemoSchedule.JFK_CDG);
    var evening = paris.get(3).flight();
    assertThat(evening.departure().toLocalTime()).isEqualTo(LocalTime.of(22, 15));
    // About seven hours in the air and six hours of time difference: the next day before noon.
    assertThat(evening.arrival().toLocalDate()).isEqualTo(DAY.plusDays(1));
    assertThat(evening.arrival().toLocalTime())
        .isBetween(LocalTime.of(10, 0), LocalTime.of(12, 30));
    assertThat(evening.aircraft()).isEqualTo("B787");
    assertThat(paris.get(3).economyFare().amount())
        .isBetween(java.math.BigDecimal.valueOf(250), java.math.BigDecimal.valueOf(900));
  }

  @Test
  void aboutHalfOfOtherTravellersSeatsAreTakenAndTheRestVaries() {
    var seats =
        AircraftLayout.A320.seats(code -> DemoSeats.filledByOthers("DA1002026-12-01", code));
    long free = seats.stream().filter(s -> s.free()).count();
    assertThat(free).isBetween(seats.size() * 30L / 100, seats.size() * 60L / 100);
  }
}
