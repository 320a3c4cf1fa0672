package io.purser.sla.track;

import io.purser.routing.RoutingManagement;
import io.purser.sla.SlaEvents.SlaBreached;
import io.purser.sla.SlaEvents.SlaWarning;
import io.purser.sla.SlaManagement.FiredEvent;
import io.purser.sla.domain.SlaEvaluation;
import io.purser.sla.domain.SlaStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires SLA warnings and breaches within a second of their time. Each conversation's row says when
 * its next warning or due time comes; every second the sweeper claims the rows whose time has come
 * ({@code SKIP LOCKED}, so sweepers on several nodes share the work), records each warning and
 * breach once (a unique key per clock, kind and due time), publishes it, and escalates a breach:
 * supervisors are told (the event), the conversation's priority is scored again (an overdue
 * conversation rises above everything on time), and it is reassigned when its owner is away.
 */
@Component
class SlaSweeper {

  private static final Logger log = LoggerFactory.getLogger(SlaSweeper.class);
  private static final int BATCH = 200;

  private final SlaTracks tracks;
  private final SlaAlerts alerts;
  private final RoutingManagement routing;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SlaSweeper(
      SlaTracks tracks,
      SlaAlerts alerts,
      RoutingManagement routing,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.tracks = tracks;
    this.alerts = alerts;
    this.routing = routing;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "#{@slaSettings.sweepInterval()}", initialDelayString = "PT1S")
  void sweep() {
    try {
      int swept;
      do {
        swept = transactions.execute(tx -> sweepOnce());
      } while (swept == BATCH);
    } catch (RuntimeException failure) {
      log.warn("The SLA sweep failed; the next one tries again", failure);
    }
  }

  /** One batch: returns how many conversations were looked at. */
  int sweepOnce() {
    var now = clock.instant();
    var due = tracks.claimDue(now, BATCH);
    for (var stored : due) {
      var evaluation = SlaEvaluation.of(stored.track(), now);
      for (var c : evaluation.clocks()) {
        var clockName = TrackViews.wire(c.clock().name());
        if (c.status() == SlaStatus.WARNING && c.dueAt() != null) {
          warn(stored, clockName, c.dueAt(), now);
        } else if (c.status() == SlaStatus.BREACHED && c.dueAt() != null) {
          breach(stored, clockName, c.dueAt(), now);
        }
      }
      tracks.setNextChange(stored.conversationId(), evaluation.nextChangeAt());
    }
    return due.size();
  }

  private void warn(SlaTracks.Stored stored, String clockName, Instant dueAt, Instant now) {
    var fired = new FiredEvent(stored.conversationId(), clockName, "warning", dueAt, now, null);
    if (alerts.record(stored, fired)) {
      events.publishEvent(
          new SlaWarning(stored.workspaceId(), stored.conversationId(), clockName, dueAt, now));
    }
  }

  private void breach(SlaTracks.Stored stored, String clockName, Instant dueAt, Instant now) {
    long ws = stored.workspaceId();
    long conversation = stored.conversationId();
    if (alerts.recorded(conversation, clockName, "breached", dueAt)) {
      return;
    }
    var escalation = new ArrayList<String>(List.of("supervisors notified"));
    routing.slaDueChanged(
        ws, Collections.singletonMap(conversation, stored.track().earliestDueAt()));
    escalation.add("priority raised");
    if (routing.releaseIfOwnerAway(ws, conversation)) {
      escalation.add("reassigned: the owner is away");
    }
    var text = String.join(", ", escalation);
    alerts.record(stored, new FiredEvent(conversation, clockName, "breached", dueAt, now, text));
    log.info(
        "SLA breached in workspace {}: conversation {} {} was due at {} ({})",
        ws,
        conversation,
        clockName,
        dueAt,
        text);
    events.publishEvent(new SlaBreached(ws, conversation, clockName, dueAt, now, text));
  }
}
