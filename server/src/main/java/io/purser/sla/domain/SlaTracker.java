package io.purser.sla.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Moves a conversation's {@link SlaTrack} on each event, counting time on one calendar. Every
 * transition returns a new track; replaying an event that changes nothing returns an equal one.
 */
public final class SlaTracker {

  private final BusinessCalendar calendar;

  public SlaTracker(BusinessCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** Starts the first response and resolution clocks at the customer's first message. */
  public SlaTrack start(SlaTargets targets, Instant firstMessageAt) {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(firstMessageAt, "firstMessageAt");
    return new SlaTrack(
        targets,
        firstMessageAt,
        FirstResponseClock.started(firstMessageAt, targets.firstResponse(), calendar),
        NextResponseClock.IDLE,
        ResolutionClock.started(firstMessageAt, targets.resolution(), calendar));
  }

  /**
   * The customer wrote: a paused or resolved conversation's resolution clock runs again, and once
   * the conversation has had its first human reply, the next response clock starts (if it is not
   * already waiting on an earlier message).
   */
  public SlaTrack onCustomerMessage(SlaTrack track, Instant at) {
    var running = resume(track, at, "customer message");
    var next =
        running.firstResponse().isAnswered()
            ? running.nextResponse().customerWrote(at, running.targets().nextResponse(), calendar)
            : running.nextResponse();
    return with(running, running.firstResponse(), next, running.resolution());
  }

  /**
   * We replied. A human reply, public or private, stops the first response clock, or else the next
   * response clock; an automated reply stops nothing.
   */
  public SlaTrack onAgentReply(SlaTrack track, Instant at, boolean human) {
    requireNotBeforeStart(track, at, "agent reply");
    if (!human) {
      return track;
    }
    var targets = track.targets();
    var first = track.firstResponse();
    var next = track.nextResponse();
    if (first.isAnswered()) {
      next = next.answered(at, targets.nextResponse(), calendar);
    } else {
      first = first.answered(track.startedAt(), at, targets.firstResponse(), calendar);
    }
    return with(track, first, next, track.resolution());
  }

  /** The conversation waits on the customer (status pending): the resolution clock pauses. */
  public SlaTrack onWaitingOnCustomer(SlaTrack track, Instant at) {
    var active = resume(track, at, "wait on the customer");
    return with(
        active,
        active.firstResponse(),
        active.nextResponse(),
        active.resolution().paused(at, calendar));
  }

  /** Resolved: every clock stops; the resolution time and whether it met its target are kept. */
  public SlaTrack onResolved(SlaTrack track, Instant at) {
    requireNotBeforeStart(track, at, "resolution");
    var resolution = track.resolution().resolved(at, track.targets().resolution(), calendar);
    return with(track, track.firstResponse().stopped(), track.nextResponse().stopped(), resolution);
  }

  /**
   * A resolved conversation opens again: the resolution clock continues from the working time it
   * had spent, and a first response that never came is due again from the first message.
   */
  public SlaTrack onReopened(SlaTrack track, Instant at) {
    return resume(track, at, "reopening");
  }

  /**
   * The targets changed (the priority band moved, the policy was edited): every running clock's due
   * time is recomputed from the same start. Measured times and outcomes stay as they were.
   */
  public SlaTrack onTargetsChanged(SlaTrack track, SlaTargets targets) {
    Objects.requireNonNull(targets, "targets");
    var resolved = track.resolution().isResolved();
    var first =
        track.firstResponse().isAnswered() || resolved
            ? track.firstResponse()
            : FirstResponseClock.started(track.startedAt(), targets.firstResponse(), calendar);
    return new SlaTrack(
        targets,
        track.startedAt(),
        first,
        track.nextResponse().retargeted(targets.nextResponse(), calendar),
        track.resolution().retargeted(targets.resolution(), calendar));
  }

  private SlaTrack resume(SlaTrack track, Instant at, String event) {
    requireNotBeforeStart(track, at, event);
    var resolution = track.resolution();
    if (resolution.isRunning()) {
      return track;
    }
    var first = track.firstResponse();
    if (resolution.isResolved() && !first.isAnswered()) {
      first =
          FirstResponseClock.started(track.startedAt(), track.targets().firstResponse(), calendar);
    }
    return with(
        track,
        first,
        track.nextResponse(),
        resolution.resumed(at, track.targets().resolution(), calendar));
  }

  private static SlaTrack with(
      SlaTrack track,
      FirstResponseClock first,
      NextResponseClock next,
      ResolutionClock resolution) {
    return new SlaTrack(track.targets(), track.startedAt(), first, next, resolution);
  }

  private static void requireNotBeforeStart(SlaTrack track, Instant at, String event) {
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(at, "at");
    if (at.isBefore(track.startedAt())) {
      throw new IllegalArgumentException(
          "the "
              + event
              + " at "
              + at
              + " is before the conversation started, at "
              + track.startedAt());
    }
  }
}
