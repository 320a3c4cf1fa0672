package io.purser.sla.track;

import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationEvents.CustomerMessagesRecorded;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.conversation.ConversationStatus;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Moves each conversation's SLA clocks with what happens to it, inside the transaction that stored
 * the change. Runs after routing, whose priority band chooses the targets.
 */
@Component
class SlaListener {

  private final SlaClocks sla;

  SlaListener(SlaClocks sla) {
    this.sla = sla;
  }

  @EventListener
  @Order(10)
  void on(CustomerMessagesRecorded batch) {
    sla.customersWrote(batch.messages());
  }

  /**
   * Every message of the brand in the conversation answers the customer: an agent's reply, or the
   * brand's own post from the network's app. Purser sends no automated replies yet, so each counts
   * as a human response.
   */
  @EventListener
  void on(MessageAdded added) {
    if (!added.inbound()) {
      sla.brandAnswered(added.workspaceId(), added.conversationId(), added.at(), true);
    }
  }

  @EventListener
  void on(ConversationStatusChanged change) {
    long ws = change.workspaceId();
    long conversation = change.conversationId();
    switch (change.to()) {
      case PENDING -> sla.waitingOnCustomer(ws, conversation, change.at());
      case RESOLVED, CLOSED -> sla.resolved(ws, conversation, change.at());
      case OPEN -> {
        if (change.from() == ConversationStatus.RESOLVED) {
          sla.reopened(ws, conversation, change.at());
        }
      }
      default -> {}
    }
  }
}
