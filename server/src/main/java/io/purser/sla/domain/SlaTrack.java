package io.purser.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The SLA state of one conversation, immutable, and made only of instants, durations, booleans and
 * counts so that it can be stored in columns of the conversation. An {@link SlaTracker} moves it on
 * every event; {@link SlaEvaluation#of(SlaTrack, Instant)} reads it at a given instant.
 *
 * @param targets the targets in effect, chosen by the policy when the clocks started or last
 *     changed
 * @param startedAt the customer's first message, where the first response and resolution clocks
 *     start
 */
public record SlaTrack(
    SlaTargets targets,
    Instant startedAt,
    FirstResponseClock firstResponse,
    NextResponseClock nextResponse,
    ResolutionClock resolution) {

  public SlaTrack {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(firstResponse, "firstResponse");
    Objects.requireNonNull(nextResponse, "nextResponse");
    Objects.requireNonNull(resolution, "resolution");
  }

  /** The earliest due time of the running clocks, breached or not; {@code null} if none. */
  public Instant earliestDueAt() {
    return Stream.of(firstResponse.dueAt(), nextResponse.dueAt(), resolution.dueAt())
        .filter(Objects::nonNull)
        .min(Instant::compareTo)
        .orElse(null);
  }

  /**
   * When to warn about the earliest due time; {@code null} without a running clock or a warning
   * lead time. For a sweeper, {@link SlaEvaluation#nextChangeAt()} is usually the better instant:
   * it also skips clocks that are already breached.
   */
  public Instant warnAt() {
    var due = earliestDueAt();
    return due == null || targets.warnBefore() == null ? null : due.minus(targets.warnBefore());
  }

  /** The first response time in wall-clock time; {@code null} before the first human reply. */
  public Duration firstResponseWallTime() {
    var at = firstResponse.respondedAt();
    return at == null ? null : Duration.between(startedAt, at);
  }

  /** The resolution time in wall-clock time (pauses included); {@code null} while unresolved. */
  public Duration resolutionWallTime() {
    var at = resolution.resolvedAt();
    return at == null ? null : Duration.between(startedAt, at);
  }
}
