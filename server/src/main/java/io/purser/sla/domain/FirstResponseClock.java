package io.purser.sla.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock from the customer's first message to the first human reply, public or private.
 *
 * @param dueAt when the first response is due; {@code null} when the clock is not running (no
 *     target, already answered, or the conversation was resolved without an answer)
 * @param respondedAt when the first human reply went out; {@code null} until then
 * @param workingTime the measured first response time in working time; {@code null} until then
 * @param met whether the reply came before the due time; {@code null} until then or without a
 *     target
 */
public record FirstResponseClock(
    Instant dueAt, Instant respondedAt, Duration workingTime, Boolean met) {

  static FirstResponseClock started(Instant startedAt, Duration target, BusinessCalendar calendar) {
    var dueAt = target == null ? null : calendar.addWorkingTime(startedAt, target);
    return new FirstResponseClock(dueAt, null, null, null);
  }

  public boolean isAnswered() {
    return respondedAt != null;
  }

  FirstResponseClock answered(
      Instant startedAt, Instant at, Duration target, BusinessCalendar calendar) {
    if (isAnswered()) {
      return this;
    }
    var working = calendar.workingTimeBetween(startedAt, at);
    var met = target == null ? null : working.compareTo(target) < 0;
    return new FirstResponseClock(null, at, working, met);
  }

  FirstResponseClock stopped() {
    return isAnswered() ? this : new FirstResponseClock(null, null, null, null);
  }
}
