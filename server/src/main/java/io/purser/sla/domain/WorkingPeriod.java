package io.purser.sla.domain;

import java.time.Duration;
import java.time.Instant;

/** A stretch of working time, from {@code start} (inclusive) to {@code end} (exclusive). */
record WorkingPeriod(Instant start, Instant end) {

  Duration length() {
    return Duration.between(start, end);
  }
}
