package io.purser.triage;

import java.util.Objects;

/**
 * How urgent a message is and why, e.g. {@code high} because "departure within 2 hours".
 *
 * @param level high, normal or low
 * @param reason a short explanation in lower_snake_case ({@code departure_within_hours}, {@code
 *     at_airport_now}, {@code stranded}, {@code missed_connection}, {@code past_trip}, …)
 */
public record Urgency(UrgencyLevel level, String reason) {
  public Urgency {
    Objects.requireNonNull(level, "urgency level is required");
    Objects.requireNonNull(reason, "urgency reason is required");
  }
}
