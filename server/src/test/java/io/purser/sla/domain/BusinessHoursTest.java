package io.purser.sla.domain;

import static io.purser.sla.domain.Calendars.NEW_YORK;
import static io.purser.sla.domain.Calendars.PARIS;
import static io.purser.sla.domain.Calendars.everyDay;
import static io.purser.sla.domain.Calendars.everyLocalHour;
import static io.purser.sla.domain.Calendars.local;
import static io.purser.sla.domain.Calendars.officeHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

  final BusinessCalendar paris = officeHours(PARIS);

  @Test
  void aTargetThatRunsPastFridayEveningIsDueOnMondayMorningLocalTimeAcrossTheSpringShift() {
    var friday = local("2026-03-27T16:00", PARIS);
    var due = paris.addWorkingTime(friday, Duration.ofHours(2));
    // Paris moves its clocks forward on Sunday 29 March: Monday 10:00 is an hour closer.
    assertThat(due).isEqualTo(local("2026-03-30T10:00", PARIS));
    assertThat(Duration.between(friday, due)).isEqualTo(Duration.ofHours(65));
    assertThat(paris.workingTimeBetween(friday, due)).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void theAutumnShiftMakesTheSameWeekendAnHourLonger() {
    var friday = local("2026-10-23T16:00", PARIS);
    var due = paris.addWorkingTime(friday, Duration.ofHours(2));
    assertThat(due).isEqualTo(local("2026-10-26T10:00", PARIS));
    assertThat(Duration.between(friday, due)).isEqualTo(Duration.ofHours(67));
  }

  @Test
  void newYorkShiftsOnItsOwnDateAndKeepsLocalOfficeHours() {
    var newYork = officeHours(NEW_YORK);
    var due = newYork.addWorkingTime(local("2026-03-06T16:00", NEW_YORK), Duration.ofHours(2));
    assertThat(due).isEqualTo(local("2026-03-09T10:00", NEW_YORK));
    assertThat(newYork.isWorking(local("2026-11-02T09:00", NEW_YORK))).isTrue();
    assertThat(newYork.isWorking(local("2026-11-02T08:59", NEW_YORK))).isFalse();
  }

  @Test
  void aThreeDayTargetOverChristmasSkipsTheHolidaysAndTheWeekend() {
    var calendar = officeHours(PARIS, LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"));
    var wednesday = local("2026-12-23T15:00", PARIS);
    // 2 h on Wednesday 23rd, holidays Thursday and Friday, the weekend, 8 h + 8 h, then 6 h.
    var due = calendar.addWorkingTime(wednesday, Duration.ofHours(24));
    assertThat(due).isEqualTo(local("2026-12-30T15:00", PARIS));
    assertThat(calendar.workingTimeBetween(wednesday, due)).isEqualTo(Duration.ofHours(24));
    assertThat(calendar.isWorking(local("2026-12-24T10:00", PARIS))).isFalse();
  }

  @Test
  void timeOutsideOfficeHoursCountsForNothing() {
    var saturday = local("2026-03-07T12:00", PARIS);
    var monday = local("2026-03-09T09:00", PARIS);
    assertThat(paris.workingTimeBetween(saturday, monday)).isZero();
    assertThat(paris.isWorking(saturday)).isFalse();
    assertThat(paris.nextWorkingInstant(saturday)).isEqualTo(monday);
    assertThat(paris.addWorkingTime(local("2026-03-09T07:00", PARIS), Duration.ofHours(1)))
        .isEqualTo(local("2026-03-09T10:00", PARIS));
  }

  @Test
  void openingIsWorkingTimeAndClosingIsNot() {
    assertThat(paris.isWorking(local("2026-03-09T09:00", PARIS))).isTrue();
    assertThat(paris.nextWorkingInstant(local("2026-03-09T10:00", PARIS)))
        .isEqualTo(local("2026-03-09T10:00", PARIS));
    assertThat(paris.isWorking(local("2026-03-09T17:00", PARIS))).isFalse();
  }

  @Test
  void aTargetThatEndsExactlyAtClosingIsDueAtClosingNotNextMorning() {
    assertThat(paris.addWorkingTime(local("2026-03-13T09:00", PARIS), Duration.ofHours(8)))
        .isEqualTo(local("2026-03-13T17:00", PARIS));
    assertThat(paris.addWorkingTime(local("2026-03-13T12:00", PARIS), Duration.ZERO))
        .isEqualTo(local("2026-03-13T12:00", PARIS));
  }

  @Test
  void aLunchBreakSplitsTheDay() {
    var calendar =
        BusinessCalendar.businessHours(
            PARIS,
            BusinessHours.weekdays(
                WorkingHours.of("13:00", "17:00"), WorkingHours.of("09:00", "12:00")),
            Set.of());
    assertThat(calendar.addWorkingTime(local("2026-03-09T11:00", PARIS), Duration.ofHours(2)))
        .isEqualTo(local("2026-03-09T14:00", PARIS));
    assertThat(calendar.isWorking(local("2026-03-09T12:30", PARIS))).isFalse();
  }

  @Test
  void anEveningShiftUntilMidnightRunsStraightIntoAnEarlyShift() {
    var calendar =
        BusinessCalendar.businessHours(
            PARIS,
            Map.of(
                DayOfWeek.SUNDAY, List.of(WorkingHours.of("18:00", "24:00")),
                DayOfWeek.MONDAY, List.of(WorkingHours.of("00:00", "02:00"))),
            Set.of());
    var sundayNight = local("2026-03-01T22:00", PARIS);
    assertThat(calendar.addWorkingTime(sundayNight, Duration.ofHours(4)))
        .isEqualTo(local("2026-03-02T02:00", PARIS));
    assertThat(calendar.isWorking(local("2026-03-02T00:00", PARIS))).isTrue();
    assertThat(calendar.addWorkingTime(sundayNight, Duration.ofHours(5)))
        .isEqualTo(local("2026-03-08T19:00", PARIS));
  }

  @Test
  void aLocalDayLasts23HoursInSpringAnd25InAutumn() {
    var calendar = everyLocalHour(PARIS);
    assertThat(
            calendar.workingTimeBetween(
                local("2026-03-29T00:00", PARIS), local("2026-03-30T00:00", PARIS)))
        .isEqualTo(Duration.ofHours(23));
    assertThat(
            calendar.workingTimeBetween(
                local("2026-10-25T00:00", PARIS), local("2026-10-26T00:00", PARIS)))
        .isEqualTo(Duration.ofHours(25));
  }

  @Test
  void aNightShiftLosesTheSkippedHourAndWorksTheRepeatedOne() {
    var night =
        BusinessCalendar.businessHours(
            PARIS, everyDay(List.of(WorkingHours.of("01:00", "04:00"))), Set.of());
    assertThat(
            night.workingTimeBetween(
                local("2026-03-29T00:00", PARIS), local("2026-03-30T00:00", PARIS)))
        .isEqualTo(Duration.ofHours(2));
    assertThat(
            night.workingTimeBetween(
                local("2026-10-25T00:00", PARIS), local("2026-10-26T00:00", PARIS)))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void hoursThatStartInsideTheSpringGapStartWhenTheClockJumps() {
    var calendar =
        BusinessCalendar.businessHours(
            PARIS, everyDay(List.of(WorkingHours.of("02:30", "05:00"))), Set.of());
    assertThat(calendar.nextWorkingInstant(local("2026-03-29T01:00", PARIS)))
        .isEqualTo(local("2026-03-29T03:00", PARIS));
    assertThat(calendar.addWorkingTime(local("2026-03-29T01:00", PARIS), Duration.ofHours(2)))
        .isEqualTo(local("2026-03-29T05:00", PARIS));
  }

  @Test
  void hoursThatEndInsideTheAutumnOverlapEndAtItsSecondPassage() {
    var calendar =
        BusinessCalendar.businessHours(
            PARIS, everyDay(List.of(WorkingHours.of("00:00", "02:30"))), Set.of());
    var day = local("2026-10-25T00:00", PARIS);
    assertThat(calendar.workingTimeBetween(day, day.plus(Duration.ofDays(1))))
        .isEqualTo(Duration.ofMinutes(210));
  }

  @Test
  void aDayThatTheTimeZoneSkippedEntirelyHasNoWorkingTime() {
    // Samoa crossed the date line at the end of 29 December 2011: 30 December never happened.
    var apia = ZoneId.of("Pacific/Apia");
    var calendar =
        BusinessCalendar.businessHours(
            apia, everyDay(List.of(WorkingHours.of("09:00", "17:00"))), Set.of());
    var from = local("2011-12-29T09:00", apia);
    var to = local("2011-12-31T17:00", apia);
    assertThat(Duration.between(from, to)).isEqualTo(Duration.ofHours(32));
    assertThat(calendar.workingTimeBetween(from, to)).isEqualTo(Duration.ofHours(16));
    assertThat(calendar.addWorkingTime(local("2011-12-29T16:00", apia), Duration.ofHours(2)))
        .isEqualTo(local("2011-12-31T10:00", apia));
  }

  @Test
  void theSameInstantIsMondayMorningInTokyoAndSundayInLosAngeles() {
    var instant = java.time.Instant.parse("2026-03-02T00:30:00Z");
    assertThat(officeHours(ZoneId.of("Asia/Tokyo")).isWorking(instant)).isTrue();
    assertThat(officeHours(ZoneId.of("America/Los_Angeles")).isWorking(instant)).isFalse();
  }

  @Test
  void aroundTheClockEveryInstantIsWorkingTime() {
    var always = BusinessCalendar.always();
    var from = local("2026-03-29T01:30", PARIS);
    assertThat(always.addWorkingTime(from, Duration.ofHours(1)))
        .isEqualTo(from.plus(Duration.ofHours(1)));
    assertThat(always.workingTimeBetween(from, from.plusSeconds(90))).hasSeconds(90);
    assertThat(always.isWorking(from)).isTrue();
    assertThat(always.nextWorkingInstant(from)).isEqualTo(from);
  }

  @Test
  void theWorkOfEveryCallIsBoundedEvenForAbsurdTargets() {
    var from = local("2026-12-23T15:00", PARIS);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          assertThat(paris.addWorkingTime(from, Duration.ofHours(8 * 2000))).isAfter(from);
          assertThatThrownBy(() -> paris.addWorkingTime(from, Duration.ofHours(8 * 3000)))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("not reached within");
          assertThatThrownBy(
                  () -> paris.workingTimeBetween(from, from.plus(Duration.ofDays(20 * 365))))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("more than");
        });
  }

  @Test
  void refusesNegativeDurationsAndSpansThatEndBeforeTheyStart() {
    var from = local("2026-03-09T10:00", PARIS);
    for (var calendar : List.of(paris, BusinessCalendar.always())) {
      assertThatThrownBy(() -> calendar.addWorkingTime(from, Duration.ofMinutes(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot be negative");
      assertThatThrownBy(() -> calendar.workingTimeBetween(from, from.minusSeconds(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot be before its start");
    }
  }

  @Test
  void refusesOverlappingHoursAndAWeekWithoutWork() {
    assertThatThrownBy(
            () ->
                BusinessCalendar.businessHours(
                    PARIS,
                    BusinessHours.weekdays(
                        WorkingHours.of("09:00", "13:00"), WorkingHours.of("12:00", "17:00")),
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
    assertThatThrownBy(
            () ->
                BusinessCalendar.businessHours(
                    PARIS, Map.of(DayOfWeek.MONDAY, List.of()), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one range");
  }
}
