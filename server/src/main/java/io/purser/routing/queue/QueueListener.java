package io.purser.routing.queue;

import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationEvents.CustomerMessagesRecorded;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.conversation.ConversationStatus;
import io.purser.routing.agent.Dispatcher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps each conversation's place in the queue in step with what happens to it, inside the
 * transaction that stored the change: a customer's message queues it (with its triage and a fresh
 * priority), the brand's answer or a pending status takes it off the queue, resolving it frees its
 * owner. A customer who writes to a conversation whose owner has gone away goes back to the queue.
 */
@Component
class QueueListener {

  private final QueueEntries entries;
  private final QueueArrivals arrivals;
  private final Dispatcher dispatcher;

  QueueListener(QueueEntries entries, QueueArrivals arrivals, Dispatcher dispatcher) {
    this.entries = entries;
    this.arrivals = arrivals;
    this.dispatcher = dispatcher;
  }

  /** Runs before the SLA module's listener, which reads the priority band set here. */
  @EventListener
  @Order(0)
  void on(CustomerMessagesRecorded batch) {
    arrivals.customersWrote(batch);
  }

  @EventListener
  void on(MessageAdded added) {
    if (!added.inbound()) {
      entries.brandAnswered(added.workspaceId(), added.conversationId(), added.at());
    }
  }

  @EventListener
  void on(ConversationStatusChanged change) {
    entries.setActive(change.workspaceId(), change.conversationId(), change.to().isActive());
    if (change.to() == ConversationStatus.RESOLVED || change.to() == ConversationStatus.CLOSED) {
      entries.ended(change.workspaceId(), change.conversationId(), change.at());
      dispatcher.wakeAfterCommit(change.workspaceId());
    } else if (change.to() == ConversationStatus.PENDING) {
      entries.brandAnswered(change.workspaceId(), change.conversationId(), change.at());
    }
  }
}
