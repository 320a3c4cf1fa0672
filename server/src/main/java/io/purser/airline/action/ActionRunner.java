package io.purser.airline.action;

import io.purser.airline.ActionRequest;
import io.purser.airline.Actor;
import io.purser.airline.action.ActionSteps.StepResult;
import java.time.Clock;
import java.util.ArrayList;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs an action's steps that are not done yet, in order, and stops at the first that fails: the
 * action is then failed (nothing done) or partial (rebooked, but the seat or the e-mail failed),
 * visible with its error, and a retry continues from the failed step. No database transaction is
 * held while the airline answers.
 */
@Component
class ActionRunner {

  /**
   * @param failureStatus the HTTP status that describes the failure, or 0 when nothing failed
   */
  record Run(ActionLog.Stored action, int failureStatus) {}

  private final ActionLog log;
  private final ActionSteps steps;
  private final ActionTrail trail;
  private final JsonMapper json;
  private final Clock clock;

  ActionRunner(ActionLog log, ActionSteps steps, ActionTrail trail, JsonMapper json, Clock clock) {
    this.log = log;
    this.steps = steps;
    this.trail = trail;
    this.json = json;
    this.clock = clock;
  }

  String write(ActionRequest request) {
    return json.writeValueAsString(request);
  }

  ActionRequest read(String request) {
    return json.readValue(request, ActionRequest.class);
  }

  /** Runs a claimed (in_progress) action on to done, partial or failed. */
  Run run(ActionLog.Stored action, Actor actor) {
    var request = read(action.request());
    var done = new ArrayList<>(action.stepsDone());
    var after = new ArrayList<String>();
    if (action.after() != null) {
      after.add(action.after());
    }
    for (var step : request.steps(action.kind())) {
      if (done.contains(step)) {
        continue;
      }
      var result = steps.run(action.workspaceId(), step, request, action.key());
      if (result instanceof StepResult.Failed failed) {
        var status = done.isEmpty() ? "failed" : "partial";
        log.finish(action.id(), status, step, failed.error(), clock.instant());
        trail.record(action, actor, "failed", status, null, null, step + ": " + failed.error());
        return new Run(reload(action), failed.status());
      }
      var ok = (StepResult.Done) result;
      done.add(step);
      after.add(ok.after());
      log.stepDone(action.id(), done, String.join("; ", after), clock.instant());
      trail.record(action, actor, ok.event(), "in_progress", ok.before(), ok.after(), null);
    }
    log.finish(action.id(), "done", null, null, clock.instant());
    trail.record(action, actor, "done", "done", action.before(), String.join("; ", after), null);
    return new Run(reload(action), 0);
  }

  private ActionLog.Stored reload(ActionLog.Stored action) {
    return log.find(action.workspaceId(), action.id()).orElseThrow();
  }
}
