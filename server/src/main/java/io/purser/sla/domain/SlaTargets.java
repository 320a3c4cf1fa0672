package io.purser.sla.domain;

import java.time.Duration;

/**
 * The SLA targets, counted in working time of the policy's calendar: the first human response to a
 * new conversation, each later response to a customer who wrote again, and the resolution. A {@code
 * null} target means no target. {@code warnBefore} is how long before a due time the warning comes
 * ({@code null}: no warning).
 */
public record SlaTargets(
    Duration firstResponse, Duration nextResponse, Duration resolution, Duration warnBefore) {

  /** No targets at all: nothing is ever due. */
  public static final SlaTargets NONE = new SlaTargets(null, null, null, null);

  public SlaTargets {
    Arguments.requirePositiveOrAbsent(firstResponse, "the first response target");
    Arguments.requirePositiveOrAbsent(nextResponse, "the next response target");
    Arguments.requirePositiveOrAbsent(resolution, "the resolution target");
    if (warnBefore != null) {
      Arguments.requireNonNegative(warnBefore, "the warning lead time");
    }
  }

  /** These targets, with those that {@code override} sets replacing them. */
  public SlaTargets replacedBy(SlaTargets override) {
    return new SlaTargets(
        either(override.firstResponse, firstResponse),
        either(override.nextResponse, nextResponse),
        either(override.resolution, resolution),
        either(override.warnBefore, warnBefore));
  }

  private static Duration either(Duration preferred, Duration fallback) {
    return preferred != null ? preferred : fallback;
  }
}
