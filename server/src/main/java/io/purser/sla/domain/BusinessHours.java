package io.purser.sla.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Business hours in a time zone, with holidays. An instant is working time when it falls in one of
 * the ranges of its local date, and that date is not a holiday.
 *
 * <p>Across daylight-saving shifts a range covers every instant whose local time lies in it: a
 * range that starts inside a spring-forward gap starts when the gap ends, and a range that ends
 * inside an autumn overlap ends at the second passage of its end time — so an agent working "until
 * 02:30" on that night works until the clock shows 02:30 for the last time.
 *
 * <p>Every method examines at most {@value #HORIZON_DAYS} days, so a call costs at most a few
 * milliseconds whatever it is given; a span or target beyond that horizon is refused.
 */
public record BusinessHours(
    ZoneId zone, Map<DayOfWeek, List<WorkingHours>> week, Set<LocalDate> holidays)
    implements BusinessCalendar {

  /** About ten years: far beyond any SLA target, short enough to answer in milliseconds. */
  static final int HORIZON_DAYS = 3_653;

  public BusinessHours {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(week, "week");
    week = normalised(week);
    holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    if (week.isEmpty()) {
      throw new IllegalArgumentException(
          "business hours need at least one range of working hours in the week");
    }
  }

  private static Map<DayOfWeek, List<WorkingHours>> normalised(
      Map<DayOfWeek, List<WorkingHours>> week) {
    var copy = new EnumMap<DayOfWeek, List<WorkingHours>>(DayOfWeek.class);
    week.forEach(
        (day, ranges) -> {
          var sorted = new ArrayList<>(Objects.requireNonNull(ranges, "hours of " + day));
          sorted.sort(Comparator.comparing(WorkingHours::start));
          for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
              throw new IllegalArgumentException(
                  "working hours of "
                      + day
                      + " overlap: "
                      + sorted.get(i - 1)
                      + ", "
                      + sorted.get(i));
            }
          }
          if (!sorted.isEmpty()) {
            copy.put(Objects.requireNonNull(day, "day of week"), List.copyOf(sorted));
          }
        });
    return Map.copyOf(copy);
  }

  @Override
  public Instant addWorkingTime(Instant from, Duration working) {
    Objects.requireNonNull(from, "from");
    var remaining = Arguments.requireNonNegative(working, "working time to add");
    if (remaining.isZero()) {
      return from;
    }
    var periods = new WorkingPeriods(this, from);
    while (periods.hasNext()) {
      var period = periods.next();
      var length = period.length();
      if (remaining.compareTo(length) <= 0) {
        return period.start().plus(remaining);
      }
      remaining = remaining.minus(length);
    }
    throw new IllegalArgumentException(
        working + " of working time is not reached within " + HORIZON_DAYS + " days of " + from);
  }

  @Override
  public Duration workingTimeBetween(Instant from, Instant to) {
    Arguments.requireOrdered(from, to, "the end of the span");
    if (Duration.between(from, to).toDays() > HORIZON_DAYS - 2) {
      throw new IllegalArgumentException(
          "cannot count working time over more than " + HORIZON_DAYS + " days: " + from + "–" + to);
    }
    var total = Duration.ZERO;
    var periods = new WorkingPeriods(this, from);
    while (periods.hasNext()) {
      var period = periods.next();
      if (!period.start().isBefore(to)) {
        break;
      }
      var end = period.end().isAfter(to) ? to : period.end();
      total = total.plus(Duration.between(period.start(), end));
    }
    return total;
  }

  @Override
  public boolean isWorking(Instant at) {
    var periods = new WorkingPeriods(this, Objects.requireNonNull(at, "at"));
    // Periods are clipped to start no earlier than `at`, so one that contains `at` starts there.
    return periods.hasNext() && periods.next().start().equals(at);
  }

  @Override
  public Instant nextWorkingInstant(Instant at) {
    var periods = new WorkingPeriods(this, Objects.requireNonNull(at, "at"));
    if (!periods.hasNext()) {
      throw new IllegalArgumentException(
          "no working time within " + HORIZON_DAYS + " days of " + at);
    }
    return periods.next().start();
  }

  /** The working periods of one local date, in order, as instants (not yet clipped). */
  List<WorkingPeriod> periodsOn(LocalDate date) {
    if (holidays.contains(date)) {
      return List.of();
    }
    var ranges = week.getOrDefault(date.getDayOfWeek(), List.of());
    var periods = new ArrayList<WorkingPeriod>(ranges.size());
    for (var range : ranges) {
      var start = LocalInstants.first(date, range.start(), zone);
      var end =
          range.endsAtMidnight()
              ? date.plusDays(1).atStartOfDay(zone).toInstant()
              : LocalInstants.last(date, range.end(), zone);
      if (start.isBefore(end)) {
        periods.add(new WorkingPeriod(start, end));
      }
    }
    return periods;
  }

  LocalDate localDate(Instant at) {
    return LocalDate.ofInstant(at, zone);
  }

  /** A week of the same working hours from Monday to Friday, and nothing at the weekend. */
  public static Map<DayOfWeek, List<WorkingHours>> weekdays(WorkingHours... ranges) {
    var week = new EnumMap<DayOfWeek, List<WorkingHours>>(DayOfWeek.class);
    for (var day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      week.put(day, List.of(ranges));
    }
    return week;
  }
}
