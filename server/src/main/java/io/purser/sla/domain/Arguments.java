package io.purser.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The checks every entry point of this package makes on the time it is given. */
final class Arguments {

  private Arguments() {}

  static Duration requireNonNegative(Duration duration, String what) {
    Objects.requireNonNull(duration, what);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(what + " cannot be negative: " + duration);
    }
    return duration;
  }

  static Duration requirePositiveOrAbsent(Duration duration, String what) {
    if (duration != null && (duration.isNegative() || duration.isZero())) {
      throw new IllegalArgumentException(
          what + " must be positive, or absent for no target: " + duration);
    }
    return duration;
  }

  static void requireOrdered(Instant from, Instant to, String what) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          what + " cannot be before its start: " + to + " is before " + from);
    }
  }
}
