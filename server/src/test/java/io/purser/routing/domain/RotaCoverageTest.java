package io.purser.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.routing.domain.RotaCoverage.Interval;
import io.purser.routing.domain.RotaCoverage.WeeklyShift;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotaCoverageTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static List<WeeklyShift> everyDay(String team, ZoneId zone, String start, String end) {
    var shifts = new ArrayList<WeeklyShift>();
    for (var day : DayOfWeek.values()) {
      shifts.add(
          new WeeklyShift(
              team, zone, day, LocalTime.parse(start), end == null ? null : LocalTime.parse(end)));
    }
    return shifts;
  }

  @Test
  void twoTeamsInTwoTimeZonesLeaveTheGapNobodyCovers() {
    // Paris works 08:00–20:00 (07:00–19:00 UTC in winter), New York 09:00–17:00 (14:00–22:00 UTC).
    var shifts = new ArrayList<WeeklyShift>(everyDay("paris", PARIS, "08:00", "20:00"));
    shifts.addAll(everyDay("new-york", NEW_YORK, "09:00", "17:00"));
    var rota = new RotaCoverage(shifts);

    var gaps =
        rota.gaps(Instant.parse("2026-01-13T00:00:00Z"), Instant.parse("2026-01-14T00:00:00Z"));

    // Nobody from midnight to 07:00 UTC, and from 22:00 UTC to midnight.
    assertThat(gaps)
        .containsExactly(
            new Interval(
                Instant.parse("2026-01-13T00:00:00Z"), Instant.parse("2026-01-13T07:00:00Z")),
            new Interval(
                Instant.parse("2026-01-13T22:00:00Z"), Instant.parse("2026-01-14T00:00:00Z")));
    assertThat(rota.onShift(Instant.parse("2026-01-13T15:00:00Z")))
        .containsExactlyInAnyOrder("paris", "new-york");
    assertThat(rota.onShift(Instant.parse("2026-01-13T23:00:00Z"))).isEmpty();
  }

  @Test
  void aLocalShiftKeepsItsLocalHoursAcrossTheSpringDaylightSavingShift() {
    var rota = new RotaCoverage(everyDay("paris", PARIS, "08:00", "20:00"));

    // Saturday 28 March 2026 is winter time (UTC+1), Monday 30 March summer time (UTC+2).
    var saturday =
        rota.covered(Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-29T00:00:00Z"));
    var monday =
        rota.covered(Instant.parse("2026-03-30T00:00:00Z"), Instant.parse("2026-03-31T00:00:00Z"));

    assertThat(saturday.get(0).from()).isEqualTo(Instant.parse("2026-03-28T07:00:00Z"));
    assertThat(monday.get(0).from()).isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
    assertThat(monday.get(0).length()).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void aNightShiftThatSkipsTheLostHourIsOneHourShorter() {
    // 00:00–06:00 local on the night clocks go forward (02:00 → 03:00) lasts five real hours.
    var rota =
        new RotaCoverage(
            List.of(
                new WeeklyShift(
                    "night", PARIS, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0))));

    var covered =
        rota.covered(Instant.parse("2026-03-28T12:00:00Z"), Instant.parse("2026-03-29T12:00:00Z"));

    assertThat(covered).hasSize(1);
    assertThat(covered.get(0).length()).isEqualTo(Duration.ofHours(5));
  }

  @Test
  void shiftsEndingAtMidnightJoinTheNextDaysShiftWithoutAGap() {
    var shifts = new ArrayList<WeeklyShift>(everyDay("late", PARIS, "16:00", null));
    shifts.addAll(everyDay("early", PARIS, "00:00", "16:00"));
    var rota = new RotaCoverage(shifts);

    assertThat(
            rota.gaps(Instant.parse("2026-10-20T00:00:00Z"), Instant.parse("2026-10-27T00:00:00Z")))
        .as("round the clock all week, across the autumn shift")
        .isEmpty();
  }

  @Test
  void aWeekendWithoutShiftsIsOneGap() {
    var shifts = new ArrayList<WeeklyShift>();
    for (var day :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      shifts.add(new WeeklyShift("office", NEW_YORK, day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }
    var rota = new RotaCoverage(shifts);

    var gaps =
        rota.gaps(Instant.parse("2026-11-20T22:00:00Z"), Instant.parse("2026-11-23T14:00:00Z"));

    // From Friday 17:00 New York (22:00 UTC) to Monday 09:00 (14:00 UTC): all gap.
    assertThat(gaps)
        .containsExactly(
            new Interval(
                Instant.parse("2026-11-20T22:00:00Z"), Instant.parse("2026-11-23T14:00:00Z")));
  }

  @Test
  void aShiftMustEndAfterItStarts() {
    assertThatThrownBy(
            () ->
                new WeeklyShift(
                    "x", PARIS, DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end after it starts");
    var rota = new RotaCoverage(List.of());
    assertThatThrownBy(() -> rota.gaps(Instant.EPOCH, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
