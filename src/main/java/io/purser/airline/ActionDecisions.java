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
      return supervisorOnly("approves");
    }
    return transition(workspaceId, actionId, actor, "approved", null, "pending_approval");
  }

  ActionOutcome reject(long workspaceId, long actionId, Actor actor, String reason) {
    if (!actor.supervisor()) {
      return supervisorOnly("rejects");
    }
    return transition(workspaceId, actionId, actor, "rejected", reason, "pending_approval");
  }

  ActionOutcome retry(long workspaceId, long actionId, Actor actor) {
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
