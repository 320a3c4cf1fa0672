package io.purser.airline.action;

import io.purser.airline.Actor;
import io.purser.airline.BookingActionRecorded;
import io.purser.identity.AuditedChange;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a line of the audit trail and tells the rest of the application (the conversation's
 * timeline) in the same transaction, so one is never without the other.
 */
@Component
class ActionTrail {

  private final ActionLog log;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ActionTrail(
      ActionLog log,
      ApplicationEventPublisher events,
      TransactionTemplate transactions,
      Clock clock) {
    this.log = log;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  void record(
      ActionLog.Stored action,
      Actor actor,
      String event,
      String status,
      String before,
      String after,
      String detail) {
    var at = clock.instant();
    transactions.executeWithoutResult(
        tx -> {
          log.audit(action, actor.userId(), actor.name(), event, before, after, detail, at);
          events.publishEvent(
              new BookingActionRecorded(
                  action.workspaceId(),
                  action.conversationId(),
                  action.id(),
                  action.kind(),
                  event,
                  status,
                  action.recordLocator(),
                  actor.name(),
                  before,
                  after,
                  at));
          events.publishEvent(
              new AuditedChange(
                  "booking_action." + event, "booking_action", action.id(), before, after));
        });
  }
}
