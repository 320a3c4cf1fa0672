package io.purser.airline.action;

import io.purser.airline.ActionOutcome;
import io.purser.airline.BookingActionView;
import org.springframework.stereotype.Component;

/** Turns a stored action and its audit trail into what the API shows. */
@Component
class ActionViews {

  private final ActionLog log;

  ActionViews(ActionLog log) {
    this.log = log;
  }

  java.util.Optional<BookingActionView> find(long workspaceId, long id) {
    return log.find(workspaceId, id).map(this::of);
  }

  java.util.List<BookingActionView> forConversation(long workspaceId, long conversationId) {
    return log.forConversation(workspaceId, conversationId).stream().map(this::of).toList();
  }

  java.util.List<BookingActionView> pendingApproval(long workspaceId, int limit) {
    return log.pendingApproval(workspaceId, limit).stream().map(this::of).toList();
  }

  BookingActionView of(ActionLog.Stored a) {
    return new BookingActionView(
        a.id(),
        a.conversationId(),
        a.kind(),
        a.status(),
        a.recordLocator(),
        a.request(),
        a.fareQuote(),
        a.stepsDone(),
        a.failedStep(),
        a.error(),
        a.before(),
        a.after(),
        a.requestedByName(),
        a.requestedAt(),
        a.decidedByName(),
        a.decidedAt(),
        log.audit(a.workspaceId(), a.id()),
        false);
  }

  /** The outcome of a run: recorded when something was done or nothing failed, else failed. */
  ActionOutcome outcome(ActionRunner.Run run, int successStatus) {
    var view = of(run.action());
    if (run.failureStatus() != 0 && "failed".equals(view.status())) {
      return new ActionOutcome.Failed(view, run.failureStatus());
    }
    return new ActionOutcome.Recorded(view, run.failureStatus() != 0 ? 200 : successStatus);
  }
}
