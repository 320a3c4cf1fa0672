package io.purser.sla.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The working periods of a business-hours calendar from an instant on, in order, never overlapping:
 * each is clipped to start where the previous one ended, which also absorbs the ranges that
 * daylight saving makes overlap. Stops after {@link BusinessHours#HORIZON_DAYS} days.
 */
final class WorkingPeriods implements Iterator<WorkingPeriod> {

  private final BusinessHours hours;
  private final ArrayDeque<WorkingPeriod> ready = new ArrayDeque<>();
  private final LocalDate lastDate;
  private LocalDate date;
  private Instant cursor;

  WorkingPeriods(BusinessHours hours, Instant from) {
    this.hours = hours;
    // Starting a day early costs one day's work and guards against zones whose transitions
    // blur the date boundary.
    this.date = hours.localDate(from).minusDays(1);
    this.lastDate = date.plusDays(BusinessHours.HORIZON_DAYS);
    this.cursor = from;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !date.isAfter(lastDate)) {
      for (var period : hours.periodsOn(date)) {
        var start = period.start().isBefore(cursor) ? cursor : period.start();
        if (start.isBefore(period.end())) {
          ready.add(new WorkingPeriod(start, period.end()));
          cursor = period.end();
        }
      }
      date = date.plusDays(1);
    }
    return !ready.isEmpty();
  }

  @Override
  public WorkingPeriod next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no working period within the horizon");
    }
    return ready.poll();
  }
}
