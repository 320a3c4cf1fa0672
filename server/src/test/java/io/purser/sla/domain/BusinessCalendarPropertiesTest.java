package io.purser.sla.domain;

import static io.purser.sla.domain.Calendars.NEW_YORK;
import static io.purser.sla.domain.Calendars.PARIS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws every calendar obeys, for instants around the daylight-saving shifts of 2025–2027. */
class BusinessCalendarPropertiesTest {

  static final List<BusinessCalendar> CALENDARS =
      List.of(
          BusinessCalendar.always(),
          Calendars.officeHours(
              PARIS, LocalDate.parse("2026-12-25"), LocalDate.parse("2026-05-01")),
          Calendars.officeHours(NEW_YORK, LocalDate.parse("2026-07-03")),
          Calendars.everyLocalHour(PARIS),
          BusinessCalendar.businessHours(
              PARIS,
              Calendars.everyDay(
                  List.of(WorkingHours.of("00:00", "02:30"), WorkingHours.of("02:45", "03:15"))),
              Set.of()),
          BusinessCalendar.businessHours(
              ZoneId.of("Australia/Lord_Howe"), // shifts by half an hour
              Calendars.everyDay(
                  List.of(WorkingHours.of("01:30", "02:15"), WorkingHours.of("18:00", "24:00"))),
              Set.of(LocalDate.parse("2026-04-05"))));

  @Property(tries = 400)
  void theWorkingTimeUntilADueTimeIsTheTargetItWasComputedFrom(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant from,
      @ForAll("targets") Duration target) {
    var due = calendar.addWorkingTime(from, target);
    assertThat(due).isAfterOrEqualTo(from);
    assertThat(calendar.workingTimeBetween(from, due)).isEqualTo(target);
  }

  @Property(tries = 400)
  void workingTimeAddsUpOverConsecutiveSpans(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant a,
      @ForAll("targets") Duration ab,
      @ForAll("targets") Duration bc) {
    var b = a.plus(ab);
    var c = b.plus(bc);
    assertThat(calendar.workingTimeBetween(a, b).plus(calendar.workingTimeBetween(b, c)))
        .isEqualTo(calendar.workingTimeBetween(a, c));
    assertThat(calendar.workingTimeBetween(a, c)).isLessThanOrEqualTo(Duration.between(a, c));
  }

  @Property(tries = 400)
  void aLargerTargetIsNeverDueEarlier(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant from,
      @ForAll("targets") Duration smaller,
      @ForAll("targets") Duration extra) {
    assertThat(calendar.addWorkingTime(from, smaller.plus(extra)))
        .isAfterOrEqualTo(calendar.addWorkingTime(from, smaller));
  }

  @Property(tries = 400)
  void theNextWorkingInstantIsWorkingAndNothingBeforeItIs(
      @ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant at) {
    var next = calendar.nextWorkingInstant(at);
    assertThat(calendar.isWorking(next)).isTrue();
    assertThat(calendar.workingTimeBetween(at, next)).isZero();
    assertThat(calendar.isWorking(at)).isEqualTo(next.equals(at));
  }

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return Arbitraries.of(CALENDARS);
  }

  @Provide
  Arbitrary<Instant> instants() {
    var start = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    var end = Instant.parse("2027-12-31T00:00:00Z").getEpochSecond();
    var anywhere = Arbitraries.longs().between(start, end).map(Instant::ofEpochSecond);
    var nearShifts =
        Arbitraries.of(
                "2026-03-08T07:00:00Z", // New York springs forward
                "2026-03-29T01:00:00Z", // Paris springs forward
                "2026-10-25T01:00:00Z", // Paris falls back
                "2026-11-01T06:00:00Z", // New York falls back
                "2026-04-04T15:00:00Z") // Lord Howe falls back half an hour
            .map(Instant::parse)
            .flatMap(
                shift -> Arbitraries.longs().between(-3 * 3600, 3 * 3600).map(shift::plusSeconds));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, anywhere), net.jqwik.api.Tuple.of(2, nearShifts));
  }

  @Provide
  Arbitrary<Duration> targets() {
    return Arbitraries.longs().between(0, 30L * 24 * 60).map(Duration::ofMinutes);
  }
}
