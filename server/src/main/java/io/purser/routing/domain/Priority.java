package io.purser.routing.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A conversation's place in the queue at one instant: the score (higher is served first), the terms
 * that make it up, and its band.
 *
 * @param score the sum of the reasons' points
 * @param reasons the terms, largest first; terms worth nothing are left out
 * @param band high, normal or low, from the time-independent terms only
 */
public record Priority(int score, List<PriorityReason> reasons, PriorityBand band) {

  public Priority {
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons are required"));
    Objects.requireNonNull(band, "band is required");
    int sum = reasons.stream().mapToInt(PriorityReason::points).sum();
    if (sum != score) {
      throw new IllegalArgumentException(
          "a priority's score must be the sum of its reasons: " + score + " != " + sum);
    }
  }

  /** The reasons as one line, e.g. {@code urgency_high +40, sla_due_in_3_min +35, public +5}. */
  public String explanation() {
    return reasons.stream().map(PriorityReason::toString).collect(Collectors.joining(", "));
  }
}
