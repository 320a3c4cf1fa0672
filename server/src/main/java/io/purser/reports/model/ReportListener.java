package io.purser.reports.model;

import io.purser.conversation.ConversationEvents.ConversationStarted;
import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationEvents.CustomerMessageRecorded;
import io.purser.conversation.ConversationEvents.CustomerMessagesRecorded;
import io.purser.conversation.ConversationEvents.DeliveryStatusChanged;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.conversation.ConversationStatus;
import io.purser.routing.RoutingEvents.ConversationAssigned;
import io.purser.sla.SlaManagement;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model in step with what happens to conversations, inside the transaction that
 * stored the change (plain {@code @EventListener}s, as routing and SLA listen): the row commits or
 * rolls back with the change it counts, so a crash and a redelivered webhook count it exactly once,
 * with no publication registry to replay. It runs after routing and SLA ({@link Order} 20), whose
 * priority band and verdicts it copies.
 */
@Component
class ReportListener {

  /** Delivery statuses that mean the network accepted our reply. */
  private static final Set<String> ACCEPTED = Set.of("sent", "delivered", "read");

  private final ReportRows rows;
  private final StartedConversations starts;
  private final SlaManagement sla;

  ReportListener(ReportRows rows, StartedConversations starts, SlaManagement sla) {
    this.rows = rows;
    this.starts = starts;
    this.sla = sla;
  }

  @EventListener
  @Order(20)
  void on(ConversationStarted started) {
    long ws = started.workspaceId();
    starts.add(started, sla.timeZone(ws));
  }

  @EventListener
  @Order(20)
  void on(CustomerMessagesRecorded batch) {
    starts.flush();
    // A customer's message changes only what routing and SLA set on arrival (the band, a next
    // response waiting): the rest of the SLA's measures move with answers and status changes.
    for (var messages : batch.byWorkspace().entrySet()) {
      var conversations =
          messages.getValue().stream()
              .map(CustomerMessageRecorded::conversationId)
              .collect(Collectors.toSet());
      rows.customersWrote(messages.getValue(), sla.statuses(messages.getKey(), conversations));
    }
  }

  /** A reply from the brand is queued; it answers once the network has accepted it. */
  @EventListener
  @Order(20)
  void on(MessageAdded added) {
    starts.flush();
    if (!added.inbound()) {
      rows.replyQueued(added.workspaceId(), added.messageId(), added.conversationId(), added.at());
    }
  }

  @EventListener
  @Order(20)
  void on(DeliveryStatusChanged change) {
    starts.flush();
    boolean accepted = ACCEPTED.contains(change.status());
    if (!accepted && !"failed".equals(change.status())) {
      return;
    }
    var queued = rows.replySettled(change.workspaceId(), change.messageId());
    if (accepted && queued.isPresent()) {
      rows.answered(change.workspaceId(), change.conversationId(), queued.get());
      measure(change.workspaceId(), Set.of(change.conversationId()));
    }
  }

  @EventListener
  @Order(20)
  void on(ConversationStatusChanged change) {
    starts.flush();
    long ws = change.workspaceId();
    long conversation = change.conversationId();
    if (change.to() == ConversationStatus.RESOLVED) {
      rows.resolved(ws, conversation, change.at());
    } else if (change.from() == ConversationStatus.RESOLVED && change.to().isActive()) {
      rows.reopened(ws, conversation);
    }
    measure(ws, Set.of(conversation));
  }

  /** The agent is the last person who owned the conversation: a release keeps them. */
  @EventListener
  @Order(20)
  void on(ConversationAssigned assigned) {
    starts.flush();
    if (assigned.to() != null) {
      rows.owned(assigned.workspaceId(), assigned.conversationId(), assigned.to());
    }
  }

  private void measure(long workspaceId, java.util.Collection<Long> conversations) {
    rows.measured(workspaceId, sla.statuses(workspaceId, Set.copyOf(conversations)).values());
  }
}
