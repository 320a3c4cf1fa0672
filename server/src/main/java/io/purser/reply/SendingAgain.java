package io.purser.reply;

import io.purser.conversation.ConversationManagement;
import io.purser.identity.AuditTrail;
import io.purser.identity.AuditedChange;
import io.purser.reply.ReplyManagement.SendAgainOutcome;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agent sends a reply again: one whose outcome Purser could not establish (held after the
 * look-ups) or one the network refused or never answered (failed). The same outbox row goes back to
 * pending, with the same idempotency key, through the same worker: the row moves only from held or
 * failed, in one conditional update, so two clicks queue it once, and a failed reply was never
 * posted, so it is never posted twice. Audited as the agent's act.
 */
@Component
class SendingAgain {

  private final ConversationManagement conversations;
  private final Outbox outbox;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;

  SendingAgain(
      ConversationManagement conversations,
      Outbox outbox,
      TransactionTemplate transactions,
      AuditTrail audit) {
    this.conversations = conversations;
    this.outbox = outbox;
    this.transactions = transactions;
    this.audit = audit;
  }

  SendAgainOutcome sendAgain(long workspaceId, long conversationId, long messageId) {
    return transactions.execute(
        tx -> {
          var message = conversations.message(workspaceId, messageId);
          if (message.isEmpty()
              || !Long.valueOf(conversationId).equals(message.get().conversationId())) {
            return SendAgainOutcome.NOT_FOUND;
          }
          var row = outbox.findByMessage(workspaceId, messageId);
          // A customer's message, or a reply whose delivery is known or under way.
          if (row.isEmpty() || !outbox.release(row.get().id())) {
            return SendAgainOutcome.NOT_UNKNOWN;
          }
          var before = message.get().deliveryStatus();
          conversations.setDeliveryStatus(workspaceId, messageId, "queued", null, null);
          audit.record(
              new AuditedChange(
                  "reply.send_again",
                  "message",
                  messageId,
                  Map.of("delivery", String.valueOf(before)),
                  Map.of("delivery", "queued", "conversation", conversationId)));
          return SendAgainOutcome.QUEUED;
        });
  }
}
