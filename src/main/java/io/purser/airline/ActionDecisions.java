package io.purser.airline;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** A supervisor approves or rejects a pending action; anyone retries a failed or partial one. */
@Component
class ActionDecisions {

  private final ActionLog log;
  private final ActionRunner runner;
  private final ActionTrail trail;
  private final ActionViews views;
  private final Clock clock;

  ActionDecisions(
      ActionLog log, ActionRunner runner, ActionTrail trail, ActionViews views, Clock clock) {
    this.log = log;
    this.runner = runner;
    this.trail = trail;
    this.views = views;
    this.clock = clock;
  }

  ActionOutcome approve(long workspaceId, long actionId, Actor actor) {
    if (!actor.supervisor()) {
      return new ActionOutcome.Refused(
          403, "Supervisor only", "Only a supervisor approves an action");
    }
    return transition(workspaceId, actionId, actor, "approved", "pending_approval");
  }

  ActionOutcome reject(long workspaceId, long actionId, Actor actor, String reason) {
    if (!actor.supervisor()) {
      return new ActionOutcome.Refused(
          403, "Supervisor only", "Only a supervisor rejects an action");
    }
    var action = log.find(workspaceId, actionId);
    if (action.isEmpty()) {
      return notFound(actionId);
    }
    if (!log.claim(actionId, "rejected", clock.instant(), "pending_approval")) {
      return notWaiting(action.get());
    }
    log.decided(actionId, actor.userId(), actor.name(), clock.instant());
    trail.record(action.get(), actor, "rejected", "rejected", null, null, reason);
    return new ActionOutcome.Recorded(views.of(log.find(workspaceId, actionId).orElseThrow()), 200);
  }

  ActionOutcome retry(long workspaceId, long actionId, Actor actor) {
    return transition(workspaceId, actionId, actor, "retried", "failed", "partial");
  }

  private ActionOutcome transition(
      long workspaceId, long actionId, Actor actor, String event, String... from) {
    var action = log.find(workspaceId, actionId);
    if (action.isEmpty()) {
      return notFound(actionId);
    }
    if (!log.claim(actionId, "in_progress", clock.instant(), from)) {
      return notWaiting(action.get());
    }
    if (event.equals("approved")) {
      log.decided(actionId, actor.userId(), actor.name(), clock.instant());
    }
    trail.record(action.get(), actor, event, "in_progress", null, null, null);
    var claimed = log.find(workspaceId, actionId).orElseThrow();
    return views.outcome(runner.run(claimed, actor), 200);
  }

  private static ActionOutcome notFound(long actionId) {
    return new ActionOutcome.Refused(404, "Not found", "No booking action " + actionId);
  }

  private static ActionOutcome notWaiting(ActionLog.Stored action) {
    return new ActionOutcome.Refused(
        409, "Not possible now", "Action " + action.id() + " is " + action.status() + " now");
  }
}
