package io.purser.routing.domain;

import io.purser.triage.Intent;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One intent arriving far above its normal rate, e.g. cancellations during a winter storm.
 *
 * @param intent what the surging messages are about
 * @param start the first message of the window that crossed the threshold
 * @param detectedAt when the detector noticed it
 * @param count messages of this intent in the last window, at the latest look
 * @param ratio the count over the expected count, at the latest look
 * @param window the length of the window the count covers
 */
public record Surge(
    Intent intent, Instant start, Instant detectedAt, int count, double ratio, Duration window) {

  public Surge {
    Objects.requireNonNull(intent, "intent is required");
    Objects.requireNonNull(start, "start is required");
    Objects.requireNonNull(detectedAt, "detectedAt is required");
    Objects.requireNonNull(window, "window is required");
  }

  /** For a supervisor, e.g. {@code cancellations ×6 in the last 30 minutes (14 messages)}. */
  public String text() {
    return "%s ×%d in the last %d minutes (%d messages)"
        .formatted(label(intent), Math.round(ratio), window.toMinutes(), count);
  }

  /** The intent as a plural noun a supervisor reads in an alert. */
  public static String label(Intent intent) {
    return switch (intent) {
      case DELAY -> "delays";
      case CANCELLATION -> "cancellations";
      case REBOOKING -> "rebookings";
      case BAGGAGE_LOST -> "lost bags";
      case BAGGAGE_DAMAGED -> "damaged bags";
      case REFUND -> "refund requests";
      case BOOKING -> "booking problems";
      case CHECK_IN -> "check-in problems";
      case SEAT -> "seat requests";
      case LOYALTY -> "loyalty questions";
      case SPECIAL_ASSISTANCE -> "assistance requests";
      case CREW -> "crew complaints";
      case INFLIGHT -> "in-flight complaints";
      case AIRPORT -> "airport problems";
      case CUSTOMER_SERVICE -> "customer service complaints";
      case OTHER -> "other requests";
    };
  }

  Surge update(int newCount, double newRatio) {
    return new Surge(intent, start, detectedAt, newCount, newRatio, window);
  }
}
