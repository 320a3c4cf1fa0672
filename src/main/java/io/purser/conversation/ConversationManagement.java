package io.purser.conversation;

import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.conversation.domain.ConversationLifecycle;
import io.purser.conversation.domain.ConversationLifecycle.Change;
import io.purser.identity.AuditedChange;
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
  private final BatchThreading batches;
  private final Messages messages;
  private final OutboundMessages outbound;
  private final ConversationStore conversations;
  private final Contacts contacts;
  private final AgentAnnotations annotations;
  private final TriageCorrections corrections;
  private final ConversationLifecycle lifecycle;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ConversationManagement(
      MessageThreading threading,
      BatchThreading batches,
      Messages messages,
      OutboundMessages outbound,
      ConversationStore conversations,
      Contacts contacts,
      AgentAnnotations annotations,
      TriageCorrections corrections,
      ConversationSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.threading = threading;
    this.batches = batches;
    this.messages = messages;
    this.outbound = outbound;
    this.conversations = conversations;
    this.contacts = contacts;
    this.annotations = annotations;
    this.corrections = corrections;
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
   * Threads a batch of incoming messages, in order, with the same outcome as calling {@link
   * #record} for each, but set-based: a handful of queries and JDBC batches for the whole batch
   * instead of a dozen statements per message (see {@link BatchThreading}). Should another
   * transaction store one of them meanwhile, the unique key fails this one, and a retry finds it.
   */
  @Transactional
  public List<RecordOutcome> recordAll(List<NewMessage> messages) {
    return batches.recordAll(messages);
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

  /** The conversations of the workspace with these ids, by id; unknown ids are absent. */
  public Map<Long, ConversationSummary> summaries(long workspaceId, Collection<Long> ids) {
    return conversations.summaries(workspaceId, ids);
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

  /**
   * The customer's other conversations with the brand, most recent activity first, at most {@code
   * limit}: what they wrote about before, for the customer panel.
   */
  public List<ConversationSummary> otherConversations(
      long workspaceId, long contactId, long exceptConversationId, int limit) {
    return conversations.ofContact(workspaceId, contactId, exceptConversationId, limit);
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

  /** What became of an agent's request to hide a comment. */
  public enum HideRequest {
    REQUESTED,
    NOT_FOUND,
    NOT_A_PUBLIC_COMMENT,
    ALREADY_REMOVED
  }

  /**
   * Asks the network to hide a customer's public comment on Facebook or Instagram (where the
   * networks allow a page to hide a comment; X does not). The comment is marked hidden when the
   * network confirms; a refusal is left as a note on the conversation.
   */
  @Transactional
  public HideRequest requestHide(long workspaceId, long messageId, String requestedBy) {
    var message = messages.view(workspaceId, messageId);
    if (message.isEmpty() || message.get().conversationId() == null) {
      return HideRequest.NOT_FOUND;
    }
    var m = message.get();
    var network = Network.fromWireName(m.network());
    boolean comment =
        m.isInbound()
            && m.isPublic()
            && "comment".equals(m.kind())
            && (network == Network.FACEBOOK || network == Network.INSTAGRAM);
    if (!comment) {
      return HideRequest.NOT_A_PUBLIC_COMMENT;
    }
    if (m.removal() != null && !"unhidden".equals(m.removal())) {
      return HideRequest.ALREADY_REMOVED;
    }
    var account = find(workspaceId, m.conversationId()).map(ConversationSummary::channelAccountId);
    if (account.isEmpty() || account.get() == null) {
      return HideRequest.NOT_FOUND;
    }
    events.publishEvent(
        new ConversationEvents.CommentHideRequested(
            workspaceId,
            m.conversationId(),
            messageId,
            network,
            account.get(),
            m.externalId(),
            requestedBy));
    events.publishEvent(
        new AuditedChange(
            "message.hide",
            "message",
            messageId,
            java.util.Collections.singletonMap("removal", m.removal()),
            java.util.Map.of("removal", "hide-requested")));
    return HideRequest.REQUESTED;
  }

  /** The network hid the comment: it shows as hidden, by whom. */
  @Transactional
  public void commentHidden(long workspaceId, long messageId, String by) {
    messages
        .view(workspaceId, messageId)
        .ifPresent(
            m -> {
              messages.remove(
                  workspaceId, Network.fromWireName(m.network()), m.externalId(), "hidden");
              annotations.addNote(
                  workspaceId,
                  m.conversationId(),
                  null,
                  "Purser",
                  by + " hid the customer's public comment (it showed personal data).",
                  clock.instant());
              events.publishEvent(
                  new ConversationEvents.ConversationAnnotated(workspaceId, m.conversationId()));
            });
  }

  /** The network refused to hide the comment: the agents see why in a note. */
  @Transactional
  public void commentNotHidden(long workspaceId, long messageId, String reason) {
    messages
        .view(workspaceId, messageId)
        .ifPresent(
            m -> {
              annotations.addNote(
                  workspaceId,
                  m.conversationId(),
                  null,
                  "Purser",
                  ConversationNote.fitting("The network did not hide the comment: " + reason),
                  clock.instant());
              events.publishEvent(
                  new ConversationEvents.ConversationAnnotated(workspaceId, m.conversationId()));
            });
  }

  /**
   * Adds an agent's internal note; false when the workspace has no such conversation.
   *
   * @throws IllegalArgumentException when the text is longer than {@link ConversationNote#LONGEST}
   *     (callers refuse it to the agent first)
   */
  @Transactional
  public boolean addNote(
      long workspaceId, long conversationId, Long userId, String author, String text) {
    if (text.length() > ConversationNote.LONGEST) {
      throw new IllegalArgumentException(
          "a note has at most " + ConversationNote.LONGEST + " characters, not " + text.length());
    }
    if (conversations.state(workspaceId, conversationId).isEmpty()) {
      return false;
    }
    annotations.addNote(workspaceId, conversationId, userId, author, text, clock.instant());
    events.publishEvent(new ConversationEvents.ConversationAnnotated(workspaceId, conversationId));
    return true;
  }

  public List<ConversationNote> notes(long workspaceId, long conversationId) {
    return annotations.notes(workspaceId, conversationId);
  }

  /** Tags the conversation (stored lower-case); false when there is no such conversation. */
  @Transactional
  public boolean tag(long workspaceId, long conversationId, String tag) {
    var normal = AgentAnnotations.normalise(tag);
    if (normal == null || conversations.state(workspaceId, conversationId).isEmpty()) {
      return false;
    }
    annotations.tag(workspaceId, conversationId, normal, clock.instant());
    events.publishEvent(new ConversationEvents.ConversationAnnotated(workspaceId, conversationId));
    return true;
  }

  @Transactional
  public boolean untag(long workspaceId, long conversationId, String tag) {
    boolean removed =
        annotations.untag(workspaceId, conversationId, AgentAnnotations.normalise(tag));
    if (removed) {
      events.publishEvent(
          new ConversationEvents.ConversationAnnotated(workspaceId, conversationId));
    }
    return removed;
  }

  public List<String> tags(long workspaceId, long conversationId) {
    return annotations.tags(workspaceId, conversationId);
  }

  /**
   * An agent corrects what triage said about a message; the correction is kept as a training label
   * (exported by {@code GET /api/v1/triage/corrections}). False when there is no such message.
   */
  @Transactional
  public boolean correctTriage(
      long workspaceId, long messageId, TriageCorrection correction, String correctedBy) {
    if (correction.isEmpty() || messages.view(workspaceId, messageId).isEmpty()) {
      return false;
    }
    corrections.insert(workspaceId, messageId, correction, correctedBy);
    return true;
  }

  /**
   * Snoozes the conversation: pending (the SLA clock pauses) until the time given, when it opens
   * again by itself. Refused like any move to pending.
   */
  @Transactional
  public Optional<Change> snooze(
      long workspaceId, long conversationId, Instant until, String reason) {
    var change = changeStatus(workspaceId, conversationId, ConversationStatus.PENDING, reason);
    if (change.isPresent() && change.get() instanceof Change.Allowed) {
      conversations.snoozeUntil(workspaceId, conversationId, until);
    }
    return change;
  }

  /** Records how far one of our replies has got (sending, unknown, sent, failed, …). */
  @Transactional
  public boolean setDeliveryStatus(
      long workspaceId, long messageId, String status, String externalId, String error) {
    return outbound.setStatus(workspaceId, messageId, status, externalId, error);
  }
}
