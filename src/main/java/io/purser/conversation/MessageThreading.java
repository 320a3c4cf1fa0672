package io.purser.conversation;

import io.purser.conversation.ConversationEvents.AttachmentsReceived;
import io.purser.conversation.ConversationEvents.ConversationStarted;
import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationEvents.CustomerMessageRecorded;
import io.purser.conversation.ConversationEvents.CustomerMessagesRecorded;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.conversation.domain.ConversationLifecycle;
import io.purser.conversation.domain.ConversationLifecycle.Placement;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts each incoming message into the right conversation: a customer's message into that customer's
 * one active conversation (reopening or starting one as the lifecycle decides), a message of the
 * brand into the conversation of the message it answers or of the customer it was sent to. A brand
 * reply whose parent has not arrived yet is held and adopted when the parent arrives.
 */
@Component
class MessageThreading {

  private final Messages messages;
  private final Contacts contacts;
  private final ConversationStore conversations;
  private final OutboundMessages outbound;
  private final ConversationLifecycle lifecycle;
  private final ApplicationEventPublisher events;

  MessageThreading(
      Messages messages,
      Contacts contacts,
      ConversationStore conversations,
      OutboundMessages outbound,
      ConversationSettings settings,
      ApplicationEventPublisher events) {
    this.messages = messages;
    this.contacts = contacts;
    this.conversations = conversations;
    this.outbound = outbound;
    this.lifecycle = new ConversationLifecycle(settings.reopenWindow());
    this.events = events;
  }

  RecordOutcome record(NewMessage m) {
    var existing = messages.find(m.workspaceId(), m.network(), m.externalId());
    if (existing.isPresent()) {
      return new RecordOutcome.Duplicate(existing.get().id());
    }
    return recordNew(m);
  }

  /** A message the caller has just looked up and found not stored yet. */
  RecordOutcome recordNew(NewMessage m) {
    return m.fromBrand() ? recordFromBrand(m) : recordFromCustomer(m);
  }

  private RecordOutcome recordFromCustomer(NewMessage m) {
    long ws = m.workspaceId();
    var author = authorKey(m);
    long contact =
        contacts
            .find(ws, m.network(), author)
            .orElseGet(
                () ->
                    contacts.create(
                        ws,
                        m.network(),
                        author,
                        m.authorHandle(),
                        m.authorExternalId() == null ? "Unknown author" : m.authorName(),
                        m.createdAt()));
    var placement =
        lifecycle.placeCustomerMessage(
            conversations.active(ws, contact),
            conversations.latestResolved(ws, contact),
            m.createdAt());
    boolean started = placement instanceof Placement.StartNew;
    long conversation = place(m, contact, placement);
    long id = messages.insert(m, conversation, "inbound");
    conversations.touchInbound(
        ws, conversation, m.channelAccountId(), m.isPublic(), m.createdAt(), preview(m.text()));
    events.publishEvent(new MessageAdded(ws, conversation, id, true, m.receivedAt()));
    events.publishEvent(
        new CustomerMessagesRecorded(
            List.of(
                new CustomerMessageRecorded(
                    ws,
                    conversation,
                    id,
                    m.network(),
                    m.isPublic(),
                    m.createdAt(),
                    m.triage(),
                    m.authorFollowers()))));
    publishAttachments(m, conversation, id);
    adoptHeldReplies(m, m.externalId(), conversation);
    return new RecordOutcome.Recorded(id, conversation, started);
  }

  /** Tells the media module of a customer's attachments, in the transaction that stored them. */
  void publishAttachments(NewMessage m, long conversation, long messageId) {
    if (m.attachmentsJson() != null) {
      events.publishEvent(
          new AttachmentsReceived(
              m.workspaceId(),
              conversation,
              messageId,
              m.network(),
              m.channelAccountId(),
              m.createdAt(),
              m.attachmentsJson()));
    }
  }

  private long place(NewMessage m, long contact, Placement placement) {
    long ws = m.workspaceId();
    if (placement instanceof Placement.Append append) {
      var current = conversations.state(ws, append.conversationId()).orElseThrow();
      if (current.status() != append.newStatus()) {
        changeStatus(ws, current, append.newStatus(), "customer replied", m);
      }
      return append.conversationId();
    }
    if (placement instanceof Placement.Reopen reopen) {
      changeStatus(
          ws,
          conversations.state(ws, reopen.conversationId()).orElseThrow(),
          ConversationStatus.OPEN,
          "customer wrote again after resolution",
          m);
      return reopen.conversationId();
    }
    var startNew = (Placement.StartNew) placement;
    startNew
        .closePrevious()
        .ifPresent(
            previous ->
                changeStatus(
                    ws,
                    conversations.state(ws, previous).orElseThrow(),
                    ConversationStatus.CLOSED,
                    "reopen window passed",
                    m));
    long id = conversations.insert(ws, contact, m.channelAccountId(), m.createdAt());
    events.publishEvent(new ConversationStarted(ws, id, m.receivedAt()));
    return id;
  }

  private void changeStatus(
      long ws, ConversationLifecycle.State from, ConversationStatus to, String why, NewMessage m) {
    conversations.setStatus(ws, from.id(), to, m.createdAt());
    events.publishEvent(
        new ConversationStatusChanged(ws, from.id(), from.status(), to, why, m.receivedAt()));
  }

  private RecordOutcome recordFromBrand(NewMessage m) {
    var confirmed = outbound.confirmUnknownSend(m);
    if (confirmed.isPresent()) {
      return new RecordOutcome.Duplicate(confirmed.get());
    }
    Long conversation = brandConversation(m);
    if (conversation == null) {
      long id = messages.insert(m, null, "outbound");
      return m.inReplyToExternalId() == null && m.counterpartExternalId() == null
          ? new RecordOutcome.BrandPost(id)
          : new RecordOutcome.Held(id);
    }
    long id = messages.insert(m, conversation, "outbound");
    conversations.touchOutbound(m.workspaceId(), conversation, m.createdAt());
    events.publishEvent(new MessageAdded(m.workspaceId(), conversation, id, false, m.receivedAt()));
    adoptHeldReplies(m, m.externalId(), conversation);
    return new RecordOutcome.Recorded(id, conversation, false);
  }

  /** The conversation a brand message belongs to, or null when it cannot be known yet. */
  private Long brandConversation(NewMessage m) {
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

  void adoptHeldReplies(NewMessage m, String parentExternalId, long conversation) {
    if (parentExternalId == null) {
      return;
    }
    var adopted =
        messages.adoptHeldReplies(m.workspaceId(), m.network(), parentExternalId, conversation);
    for (var held : adopted) {
      conversations.touchOutbound(m.workspaceId(), conversation, m.createdAt());
      events.publishEvent(
          new MessageAdded(m.workspaceId(), conversation, held.id(), false, m.receivedAt()));
      adoptHeldReplies(m, held.externalId(), conversation);
    }
  }

  /**
   * Some deliveries do not name the author (a Page or Instagram mention carries only the comment
   * id). Such a message gets a customer of its own per thread rather than one shared "unknown"
   * customer that would merge strangers into one conversation.
   */
  static String authorKey(NewMessage m) {
    if (m.authorExternalId() != null) {
      return m.authorExternalId();
    }
    return "unknown:" + (m.threadExternalId() != null ? m.threadExternalId() : m.externalId());
  }

  static String preview(String text) {
    return Contacts.truncate(text == null ? "" : text.strip(), 280);
  }
}
