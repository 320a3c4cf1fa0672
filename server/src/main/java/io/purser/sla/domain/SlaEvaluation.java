package io.purser.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each clock of a conversation stands at one instant: what the sweeper acts on and what the
 * console counts down. Clocks that are not running (answered, resolved, without a target) are
 * absent.
 */
public record SlaEvaluation(Instant at, List<ClockStatus> clocks) {

  /**
   * One clock at the evaluation instant.
   *
   * @param dueAt the due time; {@code null} for a paused clock
   * @param warnAt when the warning begins; {@code null} for a paused clock or without a warning
   * @param timeLeft until the due time in wall-clock time, negative once breached; for a paused
   *     clock, the working time left when it resumes (negative if already used up)
   */
  public record ClockStatus(
      SlaClock clock, SlaStatus status, Instant dueAt, Instant warnAt, Duration timeLeft) {}

  public SlaEvaluation {
    Objects.requireNonNull(at, "at");
    clocks = List.copyOf(clocks);
  }

  public static SlaEvaluation of(SlaTrack track, Instant now) {
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(now, "now");
    var warnBefore = track.targets().warnBefore();
    var clocks = new ArrayList<ClockStatus>(3);
    if (track.firstResponse().dueAt() != null) {
      clocks.add(running(SlaClock.FIRST_RESPONSE, track.firstResponse().dueAt(), warnBefore, now));
    }
    if (track.nextResponse().dueAt() != null) {
      clocks.add(running(SlaClock.NEXT_RESPONSE, track.nextResponse().dueAt(), warnBefore, now));
    }
    var resolution = track.resolution();
    var resolutionTarget = track.targets().resolution();
    if (resolution.dueAt() != null) {
      clocks.add(running(SlaClock.RESOLUTION, resolution.dueAt(), warnBefore, now));
    } else if (resolution.isPaused() && resolutionTarget != null) {
      var left = resolutionTarget.minus(resolution.spent());
      var status = left.isNegative() || left.isZero() ? SlaStatus.BREACHED : SlaStatus.PAUSED;
      clocks.add(new ClockStatus(SlaClock.RESOLUTION, status, null, null, left));
    }
    return new SlaEvaluation(now, clocks);
  }

  private static ClockStatus running(
      SlaClock clock, Instant dueAt, Duration warnBefore, Instant now) {
    var warnAt = warnBefore == null || warnBefore.isZero() ? null : dueAt.minus(warnBefore);
    SlaStatus status;
    if (!now.isBefore(dueAt)) {
      status = SlaStatus.BREACHED;
    } else if (warnAt != null && !now.isBefore(warnAt)) {
      status = SlaStatus.WARNING;
    } else {
      status = SlaStatus.OK;
    }
    return new ClockStatus(clock, status, dueAt, warnAt, Duration.between(now, dueAt));
  }

  public Optional<ClockStatus> clock(SlaClock clock) {
    return clocks.stream().filter(c -> c.clock() == clock).findFirst();
  }

  /** The most urgent status of all clocks; {@code null} when no clock runs. */
  public SlaStatus worst() {
    return clocks.stream().map(ClockStatus::status).max(Comparator.naturalOrder()).orElse(null);
  }

  /**
   * The next instant at which a clock's status changes if nothing happens to the conversation (a
   * warning begins or a due time comes); {@code null} if none will. A sweeper that stores this
   * instant and evaluates again when it comes announces every warning and breach exactly once.
   */
  public Instant nextChangeAt() {
    Instant next = null;
    for (var clock : clocks) {
      var change = changeAfter(clock);
      if (change != null && (next == null || change.isBefore(next))) {
        next = change;
      }
    }
    return next;
  }

  private static Instant changeAfter(ClockStatus clock) {
    return switch (clock.status()) {
      case OK -> clock.warnAt() != null ? clock.warnAt() : clock.dueAt();
      case WARNING -> clock.dueAt();
      case PAUSED, BREACHED -> null;
    };
  }
}
