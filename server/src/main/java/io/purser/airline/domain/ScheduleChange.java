package io.purser.airline.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/** The airline moved the flight: when it was to leave and arrive before the change. */
public record ScheduleChange(LocalDateTime previousDeparture, LocalDateTime previousArrival) {

  public ScheduleChange {
    Objects.requireNonNull(previousDeparture, "previous departure is required");
    Objects.requireNonNull(previousArrival, "previous arrival is required");
  }

  /** How far the departure moved: negative when the flight now leaves earlier. */
  public Duration shiftOf(Flight now) {
    return Duration.between(previousDeparture, now.departure());
  }
}
