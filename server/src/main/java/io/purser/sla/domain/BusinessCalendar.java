package io.purser.sla.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When the SLA clocks run: around the clock, or only during business hours in a time zone, minus
 * holidays. Every method is pure; time is passed in.
 */
public sealed interface BusinessCalendar permits AroundTheClock, BusinessHours {

  /** A calendar on which all time is working time (24/7). */
  static BusinessCalendar always() {
    return AroundTheClock.INSTANCE;
  }

  /**
   * Working time is the given hours of each day of the week in {@code zone}, except on {@code
   * holidays} (dates in that zone). Days missing from {@code week} are not worked.
   */
  static BusinessCalendar businessHours(
      ZoneId zone, Map<DayOfWeek, List<WorkingHours>> week, Set<LocalDate> holidays) {
    return new BusinessHours(zone, week, holidays);
  }

  /**
   * The instant at which {@code working} working time has passed since {@code from}; {@code from}
   * itself when {@code working} is zero.
   *
   * @throws IllegalArgumentException if {@code working} is negative
   */
  Instant addWorkingTime(Instant from, Duration working);

  /**
   * The working time between two instants.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  Duration workingTimeBetween(Instant from, Instant to);

  /** Whether {@code at} is working time. */
  boolean isWorking(Instant at);

  /** {@code at} if it is working time, otherwise the start of the next working time. */
  Instant nextWorkingInstant(Instant at);
}
