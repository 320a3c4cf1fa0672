package io.purser.sla.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock from a customer's message, once the conversation has had its first human reply, to the
 * next human reply; and the sums of all such response times, so that reports can average them.
 *
 * @param waitingSince the first customer message still unanswered; {@code null} when none waits
 * @param dueAt when the next response is due; {@code null} when none waits or without a target
 * @param count how many next responses were measured
 * @param lastWorkingTime the latest measured next response time in working time
 * @param totalWorkingTime the sum of all measured next response times in working time
 * @param missed how many measured next responses came at or after their due time
 */
public record NextResponseClock(
    Instant waitingSince,
    Instant dueAt,
    int count,
    Duration lastWorkingTime,
    Duration totalWorkingTime,
    int missed) {

  static final NextResponseClock IDLE =
      new NextResponseClock(null, null, 0, null, Duration.ZERO, 0);

  public boolean isWaiting() {
    return waitingSince != null;
  }

  /** The average next response time in working time; {@code null} before the first one. */
  public Duration averageWorkingTime() {
    return count == 0 ? null : totalWorkingTime.dividedBy(count);
  }

  NextResponseClock customerWrote(Instant at, Duration target, BusinessCalendar calendar) {
    return isWaiting() ? this : waitingFrom(at, target, calendar);
  }

  NextResponseClock answered(Instant at, Duration target, BusinessCalendar calendar) {
    if (!isWaiting()) {
      return this;
    }
    var working = calendar.workingTimeBetween(waitingSince, at);
    var late = target != null && working.compareTo(target) >= 0;
    return new NextResponseClock(
        null, null, count + 1, working, totalWorkingTime.plus(working), missed + (late ? 1 : 0));
  }

  NextResponseClock stopped() {
    return new NextResponseClock(null, null, count, lastWorkingTime, totalWorkingTime, missed);
  }

  NextResponseClock retargeted(Duration target, BusinessCalendar calendar) {
    return isWaiting() ? waitingFrom(waitingSince, target, calendar) : this;
  }

  private NextResponseClock waitingFrom(Instant since, Duration target, BusinessCalendar calendar) {
    var due = target == null ? null : calendar.addWorkingTime(since, target);
    return new NextResponseClock(since, due, count, lastWorkingTime, totalWorkingTime, missed);
  }
}
