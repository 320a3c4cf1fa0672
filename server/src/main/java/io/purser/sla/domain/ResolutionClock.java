package io.purser.sla.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock from the customer's first message to the resolution. It pauses while the conversation
 * waits on the customer, resumes when the customer writes again, and continues where it stopped
 * when a resolved conversation reopens.
 *
 * @param spent working time counted before the running stretch (all of it while paused or resolved)
 * @param runningSince when the running stretch began; {@code null} while paused or resolved
 * @param dueAt when the resolution is due; {@code null} unless running with a target. When the
 *     target was already used up as the clock resumed, this is the instant it resumed.
 * @param resolvedAt when the conversation was resolved; {@code null} while it is not
 * @param workingTime the resolution time in working time, as of the latest resolution
 * @param met whether the latest resolution came before the due time; {@code null} before the first
 *     resolution or without a target
 */
public record ResolutionClock(
    Duration spent,
    Instant runningSince,
    Instant dueAt,
    Instant resolvedAt,
    Duration workingTime,
    Boolean met) {

  static ResolutionClock started(Instant at, Duration target, BusinessCalendar calendar) {
    return new ResolutionClock(
        Duration.ZERO, at, dueAt(at, Duration.ZERO, target, calendar), null, null, null);
  }

  public boolean isRunning() {
    return runningSince != null;
  }

  public boolean isPaused() {
    return runningSince == null && resolvedAt == null;
  }

  public boolean isResolved() {
    return resolvedAt != null;
  }

  ResolutionClock paused(Instant at, BusinessCalendar calendar) {
    if (!isRunning()) {
      return this;
    }
    var total = spent.plus(calendar.workingTimeBetween(runningSince, at));
    return new ResolutionClock(total, null, null, resolvedAt, workingTime, met);
  }

  ResolutionClock resumed(Instant at, Duration target, BusinessCalendar calendar) {
    if (isRunning()) {
      return this;
    }
    var due = dueAt(at, spent, target, calendar);
    return new ResolutionClock(spent, at, due, null, workingTime, met);
  }

  ResolutionClock resolved(Instant at, Duration target, BusinessCalendar calendar) {
    if (isResolved()) {
      return this;
    }
    var total = paused(at, calendar).spent;
    var metNow = target == null ? null : total.compareTo(target) < 0;
    return new ResolutionClock(total, null, null, at, total, metNow);
  }

  ResolutionClock retargeted(Duration target, BusinessCalendar calendar) {
    if (!isRunning()) {
      return this;
    }
    var due = dueAt(runningSince, spent, target, calendar);
    return new ResolutionClock(spent, runningSince, due, resolvedAt, workingTime, met);
  }

  private static Instant dueAt(
      Instant from, Duration spent, Duration target, BusinessCalendar calendar) {
    if (target == null) {
      return null;
    }
    var remaining = target.minus(spent);
    return remaining.isNegative() ? from : calendar.addWorkingTime(from, remaining);
  }
}
