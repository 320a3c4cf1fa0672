package io.purser.routing.domain;

import java.util.Objects;

/**
 * One term of a priority score, e.g. {@code urgency_high +40} or {@code sla_due_in_3_min +35}.
 *
 * @param code what earned the points, in lower_snake_case
 * @param points how many points it adds (negative would lower the score)
 * @param timeDependent whether the term changes as the conversation waits (SLA and waiting terms)
 */
public record PriorityReason(String code, int points, boolean timeDependent) {

  public PriorityReason {
    Objects.requireNonNull(code, "code is required");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a priority reason needs a code");
    }
  }

  static PriorityReason fixed(String code, int points) {
    return new PriorityReason(code, points, false);
  }

  static PriorityReason timed(String code, int points) {
    return new PriorityReason(code, points, true);
  }

  @Override
  public String toString() {
    return code + (points < 0 ? " " : " +") + points;
  }
}
