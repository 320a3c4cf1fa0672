package io.purser.reply;

import io.purser.conversation.ConversationEvents.OutboundConfirmed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The network's echo showed that a reply with an unknown outcome was posted: it is sent, and must
 * never be tried again.
 */
@Component
class OutboxConfirmations {

  private final Outbox outbox;

  OutboxConfirmations(Outbox outbox) {
    this.outbox = outbox;
  }

  // Same transaction as the echo's processing: both commit together or not at all.
  @EventListener
  void on(OutboundConfirmed confirmed) {
    outbox.markSentByMessage(confirmed.workspaceId(), confirmed.messageId());
  }
}
