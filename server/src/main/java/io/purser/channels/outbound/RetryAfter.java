package io.purser.channels.outbound;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Reads when a network lets us try again: {@code Retry-After} and X's rate-limit reset header. */
public final class RetryAfter {

  private RetryAfter() {}

  /** {@code x-rate-limit-reset}: the epoch second at which the rate-limit window resets. */
  public static Optional<Instant> fromEpochSeconds(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(parse(value)));
    } catch (NumberFormatException | DateTimeException malformed) {
      return Optional.empty();
    }
  }

  /** {@code Retry-After}: either delay-seconds or an HTTP-date (RFC 9110, section 10.2.3). */
  public static Optional<Instant> fromHeader(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(now.plusSeconds(Math.max(0, parse(value))));
    } catch (NumberFormatException notSeconds) {
      return httpDate(value);
    }
  }

  private static long parse(String value) {
    return Long.parseLong(value.trim());
  }

  private static Optional<Instant> httpDate(String value) {
    try {
      return Optional.of(
          ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeException malformed) {
      return Optional.empty();
    }
  }
}
