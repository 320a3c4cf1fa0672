package io.purser.airline.action;

import io.purser.airline.ActionOutcome;
import io.purser.airline.Actor;
import io.purser.airline.BookingActionView;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * A booking action's life in the log: stored under its idempotency key and run, or parked for a
 * supervisor who approves or rejects it; a failed or partial one is retried by anyone. The key is
 * checked before anything else: a repeated request (a double click, a client's retry) gets the
 * first action back and changes nothing; two requests racing with one key meet on the unique key
 * and the second gets the first's action.
 */
@Component
public class BookingActions {

  private final ActionLog log;
  private final ActionRunner runner;
  private final ActionTrail trail;
  private final ActionViews views;
  private final Clock clock;

  BookingActions(
      ActionLog log, ActionRunner runner, ActionTrail trail, ActionViews views, Clock clock) {
    this.log = log;
    this.runner = runner;
    this.trail = trail;
    this.views = views;
    this.clock = clock;
  }

  public Optional<BookingActionView> find(long workspaceId, long actionId) {
    return views.find(workspaceId, actionId);
  }

  /** The conversation's actions, oldest first, each with its audit trail. */
  public List<BookingActionView> forConversation(long workspaceId, long conversationId) {
    return views.forConversation(workspaceId, conversationId);
  }

  /** The workspace's actions waiting for a supervisor, oldest first, at most {@code limit}. */
  public List<BookingActionView> pendingApproval(long workspaceId, int limit) {
    return views.pendingApproval(workspaceId, limit);
  }

  /** The answer to a repeated request, if this key was used before in the workspace. */
  Optional<ActionOutcome> repeated(long workspaceId, String key, String fingerprint) {
    return log.byKey(workspaceId, key).map(earlier -> repeat(earlier, fingerprint));
  }

  ActionOutcome start(ActionDraft d) {
    var status = d.awaitsApproval() ? "pending_approval" : "in_progress";
    var id = insert(d, status);
    if (id.isEmpty()) {
      return raced(d);
    }
    var stored = log.find(d.workspaceId(), id.getAsLong()).orElseThrow();
    trail.record(
        stored,
        d.actor(),
        d.awaitsApproval() ? "approval_requested" : "requested",
        status,
        d.before(),
        null,
        d.detail());
    if (d.awaitsApproval()) {
      return new ActionOutcome.Recorded(views.of(stored), 202);
    }
    return views.outcome(runner.run(stored, d.actor()), 201);
  }

  /** Records an action that was done in one go (a move to private), with its trail. */
  ActionOutcome recordDone(ActionDraft d, String event, String after) {
    var id = insert(d, "done");
    if (id.isEmpty()) {
      return raced(d);
    }
    log.stepDone(id.getAsLong(), List.of(event), after, clock.instant());
    var stored = log.find(d.workspaceId(), id.getAsLong()).orElseThrow();
    trail.record(stored, d.actor(), event, "done", d.before(), after, d.detail());
    return new ActionOutcome.Recorded(views.of(stored), 201);
  }

  /** The new action's id; empty when another request with the same key stored it first. */
  private OptionalLong insert(ActionDraft d, String status) {
    try {
      return OptionalLong.of(log.insert(d, runner.write(d.request()), status, clock.instant()));
    } catch (DuplicateKeyException raced) {
      return OptionalLong.empty();
    }
  }

  private ActionOutcome raced(ActionDraft d) {
    return repeated(d.workspaceId(), d.key(), d.fingerprint()).orElseThrow();
  }

  private ActionOutcome repeat(ActionLog.Stored earlier, String fingerprint) {
    if (!earlier.fingerprint().equals(fingerprint)) {
      return new ActionOutcome.Refused(
          422,
          "Idempotency-Key reused",
          "This Idempotency-Key was used for another request (action "
              + earlier.id()
              + "); use a new key for a new action");
    }
    return new ActionOutcome.Recorded(views.of(earlier).asRepeat(), 200);
  }

  public ActionOutcome approve(long workspaceId, long actionId, Actor actor) {
    return approve(workspaceId, actionId, actor, null);
  }

  /**
   * @param note the supervisor's note for the agent and the audit trail, or null
   */
  public ActionOutcome approve(long workspaceId, long actionId, Actor actor, String note) {
    if (!actor.supervisor()) {
      return supervisorOnly("approves");
    }
    return transition(workspaceId, actionId, actor, "approved", note, "pending_approval");
  }

  public ActionOutcome reject(long workspaceId, long actionId, Actor actor, String reason) {
    if (!actor.supervisor()) {
      return supervisorOnly("rejects");
    }
    return transition(workspaceId, actionId, actor, "rejected", reason, "pending_approval");
  }

  public ActionOutcome retry(long workspaceId, long actionId, Actor actor) {
    return transition(workspaceId, actionId, actor, "retried", null, "failed", "partial");
  }

  /**
   * Moves the action out of one of the statuses it must be in: a rejected action stops there, any
   * other runs on.
   */
  private ActionOutcome transition(
      long workspaceId, long actionId, Actor actor, String event, String detail, String... from) {
    var rejected = event.equals("rejected");
    var status = rejected ? "rejected" : "in_progress";
    var action = log.find(workspaceId, actionId);
    if (action.isEmpty()) {
      return notFound(actionId);
    }
    if (!log.claim(actionId, status, clock.instant(), from)) {
      return notWaiting(action.get());
    }
    if (!event.equals("retried")) {
      log.decided(actionId, actor.userId(), actor.name(), clock.instant());
    }
    trail.record(action.get(), actor, event, status, null, null, detail);
    var claimed = log.find(workspaceId, actionId).orElseThrow();
    if (rejected) {
      return new ActionOutcome.Recorded(views.of(claimed), 200);
    }
    return views.outcome(runner.run(claimed, actor), 200);
  }

  private static ActionOutcome supervisorOnly(String verb) {
    return new ActionOutcome.Refused(
        403, "Supervisor only", "Only a supervisor " + verb + " an action");
  }

  private static ActionOutcome notFound(long actionId) {
    return new ActionOutcome.Refused(404, "Not found", "No booking action " + actionId);
  }

  private static ActionOutcome notWaiting(ActionLog.Stored action) {
    return new ActionOutcome.Refused(
        409, "Not possible now", "Action " + action.id() + " is " + action.status() + " now");
  }
}
