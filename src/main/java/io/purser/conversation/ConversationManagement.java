package io.purser.conversation;

import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.conversation.domain.ConversationLifecycle;
import io.purser.conversation.domain.ConversationLifecycle.Change;
import io.purser.workspace.Network;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The conversation module's API. Every call is scoped by the caller's workspace. */
@Service
public class ConversationManagement {

  private final MessageThreading threading;
  private final Messages messages;
  private final OutboundMessages outbound;
  private final ConversationStore conversations;
  private final Contacts contacts;
  private final ConversationLifecycle lifecycle;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ConversationManagement(
      MessageThreading threading,
      Messages messages,
      OutboundMessages outbound,
      ConversationStore conversations,
      Contacts contacts,
      ConversationSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.threading = threading;
    this.messages = messages;
    this.outbound = outbound;
    this.conversations = conversations;
    this.contacts = contacts;
    this.lifecycle = new ConversationLifecycle(settings.reopenWindow());
    this.events = events;
    this.clock = clock;
  }

  /** Threads an incoming message into its conversation; a message we already have is a no-op. */
  @Transactional
  public RecordOutcome record(NewMessage message) {
    return threading.record(message);
  }

  /**
   * Like {@link #record}, for a message the caller has looked up with {@link #storedExternalIds} in
   * this transaction and not found (nor recorded since): skips the lookup. Should another
   * transaction store it meanwhile, the unique key fails this one, and a retry through {@link
   * #record} finds it.
   */
  @Transactional
  public RecordOutcome recordNew(NewMessage message) {
    return threading.recordNew(message);
  }

  /** Which of these network ids of messages are stored already, in one query. */
  public Set<String> storedExternalIds(
      long workspaceId, Network network, Collection<String> externalIds) {
    return messages.storedExternalIds(workspaceId, network, externalIds);
  }

  /** Whether this message is a post the brand published itself (not a reply). */
  public boolean isBrandPost(long workspaceId, Network network, String externalId) {
    return externalId != null
        && messages
            .find(workspaceId, network, externalId)
            .map(Messages.Placement::isBrandPost)
            .orElse(false);
  }

  @Transactional
  public boolean edit(
      long workspaceId, Network network, String externalId, String text, Instant at) {
    return messages.edit(workspaceId, network, externalId, text, at) > 0;
  }

  @Transactional
  public boolean remove(long workspaceId, Network network, String externalId, String removal) {
    return messages.remove(workspaceId, network, externalId, removal) > 0;
  }

  @Transactional
  public void applyDeliveryReport(
      long workspaceId, Network network, List<String> externalIds, String status, String error) {
    outbound.applyReport(workspaceId, network, externalIds, status, error);
  }

  @Transactional
  public void applyDeliveryWatermark(
      long workspaceId, Network network, String recipient, Instant watermark, String status) {
    outbound.applyWatermark(workspaceId, network, recipient, watermark, status);
  }

  public Optional<ConversationSummary> find(long workspaceId, long conversationId) {
    return conversations.summary(workspaceId, conversationId);
  }

  public List<ConversationSummary> page(
      long workspaceId, List<String> statuses, Instant beforeAt, long beforeId, int limit) {
    return conversations.page(workspaceId, statuses, beforeAt, beforeId, limit);
  }

  /** The number of conversations in each status, by wire name; a status with none is absent. */
  public Map<String, Long> countByStatus(long workspaceId) {
    return conversations.countByStatus(workspaceId);
  }

  public List<MessageView> messages(long workspaceId, long conversationId) {
    return messages.ofConversation(workspaceId, conversationId);
  }

  public Optional<MessageView> message(long workspaceId, long messageId) {
    return messages.view(workspaceId, messageId);
  }

  public List<MessageView> findMessages(long workspaceId, Network network, String externalId) {
    return messages.byExternalId(workspaceId, network, externalId);
  }

  /** The customer of a conversation: display name and identities on each network. */
  public Customer customer(long workspaceId, long contactId) {
    return new Customer(
        contactId,
        contacts.displayName(workspaceId, contactId),
        contacts.identities(workspaceId, contactId).stream()
            .map(
                i ->
                    new Customer.Identity(
                        i.network(), i.externalUserId(), i.handle(), i.displayName()))
            .toList());
  }

  /** An agent moves a conversation; refused when the lifecycle does not allow it. */
  @Transactional
  public Optional<Change> changeStatus(
      long workspaceId, long conversationId, ConversationStatus to, String reason) {
    return conversations
        .state(workspaceId, conversationId)
        .map(
            current -> {
              var change = lifecycle.change(current.status(), to);
              if (change instanceof Change.Allowed) {
                var now = clock.instant();
                conversations.setStatus(workspaceId, conversationId, to, now);
                events.publishEvent(
                    new ConversationStatusChanged(
                        workspaceId, conversationId, current.status(), to, reason, now));
              }
              return change;
            });
  }

  /**
   * Stores an agent's reply as a queued message of the conversation. A new conversation is open
   * from the moment an agent answers it.
   */
  @Transactional
  public long addReply(OutboundReply reply) {
    var now = clock.instant();
    long id = outbound.insertReply(reply, now);
    conversations.touchOutbound(reply.workspaceId(), reply.conversationId(), now);
    events.publishEvent(
        new MessageAdded(reply.workspaceId(), reply.conversationId(), id, false, now));
    conversations
        .state(reply.workspaceId(), reply.conversationId())
        .filter(current -> current.status() == ConversationStatus.NEW)
        .ifPresent(current -> open(reply.workspaceId(), current.id(), now));
    return id;
  }

  private void open(long workspaceId, long conversationId, Instant now) {
    conversations.setStatus(workspaceId, conversationId, ConversationStatus.OPEN, now);
    events.publishEvent(
        new ConversationStatusChanged(
            workspaceId,
            conversationId,
            ConversationStatus.NEW,
            ConversationStatus.OPEN,
            "an agent replied",
            now));
  }

  /** Records how far one of our replies has got (sending, unknown, sent, failed, …). */
  @Transactional
  public boolean setDeliveryStatus(
      long workspaceId, long messageId, String status, String externalId, String error) {
    return outbound.setStatus(workspaceId, messageId, status, externalId, error);
  }
}
