package io.purser.airline;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Stores a new action under its idempotency key and runs it. The key is checked before anything
 * else: a repeated request (a double click, a client's retry) gets the first action back and
 * changes nothing; two requests racing with one key meet on the unique key and the second gets the
 * first's action.
 */
@Component
class ActionStarter {

  /** An action to start: what it is, who asked, and whether it waits for a supervisor first. */
  record Draft(
      long workspaceId,
      long conversationId,
      String kind,
      String key,
      String fingerprint,
      ActionRequest request,
      String fareQuote,
      String before,
      Actor actor,
      boolean awaitsApproval,
      String detail) {}

  private final ActionLog log;
  private final ActionRunner runner;
  private final ActionTrail trail;
  private final ActionViews views;
  private final Clock clock;

  ActionStarter(
      ActionLog log, ActionRunner runner, ActionTrail trail, ActionViews views, Clock clock) {
    this.log = log;
    this.runner = runner;
    this.trail = trail;
    this.views = views;
    this.clock = clock;
  }

  /** The answer to a repeated request, if this key was used before in the workspace. */
  Optional<ActionOutcome> repeated(long workspaceId, String key, String fingerprint) {
    return log.byKey(workspaceId, key).map(earlier -> repeat(earlier, fingerprint));
  }

  ActionOutcome start(Draft d) {
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
  ActionOutcome recordDone(Draft d, String event, String after) {
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
  private OptionalLong insert(Draft d, String status) {
    try {
      return OptionalLong.of(log.insert(d, runner.write(d.request()), status, clock.instant()));
    } catch (DuplicateKeyException raced) {
      return OptionalLong.empty();
    }
  }

  private ActionOutcome raced(Draft d) {
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
}
