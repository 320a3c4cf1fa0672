package io.purser.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The 24/7 calendar: all time is working time. */
public record AroundTheClock() implements BusinessCalendar {

  static final AroundTheClock INSTANCE = new AroundTheClock();

  @Override
  public Instant addWorkingTime(Instant from, Duration working) {
    Objects.requireNonNull(from, "from");
    return from.plus(Arguments.requireNonNegative(working, "working time to add"));
  }

  @Override
  public Duration workingTimeBetween(Instant from, Instant to) {
    Arguments.requireOrdered(from, to, "the end of the span");
    return Duration.between(from, to);
  }

  @Override
  public boolean isWorking(Instant at) {
    Objects.requireNonNull(at, "at");
    return true;
  }

  @Override
  public Instant nextWorkingInstant(Instant at) {
    return Objects.requireNonNull(at, "at");
  }
}
