package io.purser.sla.track;

import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationEvents.CustomerMessagesRecorded;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.conversation.ConversationStatus;
import io.purser.sla.track.SlaClocks.Change;
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
    sla.customersWrote(batch);
  }

  /** Every message of the brand in the conversation answers the customer. */
  @EventListener
  void on(MessageAdded added) {
    if (!added.inbound()) {
      sla.changed(added.workspaceId(), added.conversationId(), Change.BRAND_ANSWERED, added.at());
    }
  }

  @EventListener
  void on(ConversationStatusChanged change) {
    long ws = change.workspaceId();
    long conversation = change.conversationId();
    switch (change.to()) {
      case PENDING -> sla.changed(ws, conversation, Change.WAITING_ON_CUSTOMER, change.at());
      case RESOLVED, CLOSED -> sla.changed(ws, conversation, Change.RESOLVED, change.at());
      case OPEN -> {
        if (change.from() == ConversationStatus.RESOLVED) {
          sla.changed(ws, conversation, Change.REOPENED, change.at());
        }
      }
      default -> {}
    }
  }
}
