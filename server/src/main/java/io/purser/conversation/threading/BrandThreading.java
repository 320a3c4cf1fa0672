package io.purser.conversation.threading;

import io.purser.conversation.NewMessage;
import io.purser.conversation.RecordOutcome;
import io.purser.conversation.store.Contacts;
import io.purser.conversation.store.ConversationStore;
import io.purser.conversation.store.EchoedReplies;
import io.purser.conversation.store.Messages;
import org.springframework.stereotype.Component;

/**
 * Puts a message of the brand into the conversation of the message it answers or of the customer it
 * was sent to. One whose conversation cannot be known yet is held, and adopted when its parent
 * arrives ({@link HeldReplies}); the echo of one of our own replies confirms that reply instead.
 */
@Component
class BrandThreading {

  private final EchoedReplies echoes;
  private final Messages messages;
  private final Contacts contacts;
  private final ConversationStore conversations;
  private final HeldReplies held;

  BrandThreading(
      EchoedReplies echoes,
      Messages messages,
      Contacts contacts,
      ConversationStore conversations,
      HeldReplies held) {
    this.echoes = echoes;
    this.messages = messages;
    this.contacts = contacts;
    this.conversations = conversations;
    this.held = held;
  }

  /** Records a brand message the caller has found not stored yet. */
  RecordOutcome record(NewMessage m) {
    var confirmed = echoes.confirm(m);
    if (confirmed.isPresent()) {
      return new RecordOutcome.Duplicate(confirmed.get());
    }
    Long conversation = conversationOf(m);
    if (conversation == null) {
      long id = messages.insert(m, null, "outbound");
      return m.inReplyToExternalId() == null && m.counterpartExternalId() == null
          ? new RecordOutcome.BrandPost(id)
          : new RecordOutcome.Held(id);
    }
    long id = messages.insert(m, conversation, "outbound");
    held.added(m.workspaceId(), conversation, id, m.createdAt(), m.receivedAt());
    held.adopt(
        m.workspaceId(), m.network(), m.externalId(), conversation, m.createdAt(), m.receivedAt());
    return new RecordOutcome.Recorded(id, conversation, false);
  }

  /** The conversation a brand message belongs to, or null when it cannot be known yet. */
  private Long conversationOf(NewMessage m) {
    if (m.inReplyToExternalId() != null) {
      var parent = messages.find(m.workspaceId(), m.network(), m.inReplyToExternalId());
      if (parent.isPresent() && parent.get().conversationId() != null) {
        return parent.get().conversationId();
      }
    }
    if (!m.isPublic() && m.counterpartExternalId() != null) {
      return contacts
          .find(m.workspaceId(), m.network(), m.counterpartExternalId())
          .flatMap(contact -> conversations.latest(m.workspaceId(), contact))
          .orElse(null);
    }
    return null;
  }
}
