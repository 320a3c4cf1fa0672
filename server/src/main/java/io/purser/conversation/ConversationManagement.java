package io.purser.conversation;

import io.purser.conversation.annotation.Annotations;
import io.purser.conversation.domain.ConversationLifecycle.Change;
import io.purser.conversation.lifecycle.Replies;
import io.purser.conversation.lifecycle.StatusChanges;
import io.purser.conversation.moderation.CommentHiding;
import io.purser.conversation.store.Contacts;
import io.purser.conversation.store.ConversationViews;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation module's API for agents and the modules that work on conversations: reading
 * conversations and messages, moving a conversation through its lifecycle, replies, notes, tags and
 * triage corrections. What the networks report is recorded through {@link MessageRecording}. Every
 * call is scoped by the caller's workspace.
 */
@Service
public class ConversationManagement {

  private final ConversationViews views;
  private final Contacts contacts;
  private final StatusChanges statuses;
  private final Replies replies;
  private final Annotations annotations;
  private final CommentHiding hiding;

  ConversationManagement(
      ConversationViews views,
      Contacts contacts,
      StatusChanges statuses,
      Replies replies,
      Annotations annotations,
      CommentHiding hiding) {
    this.views = views;
    this.contacts = contacts;
    this.statuses = statuses;
    this.replies = replies;
    this.annotations = annotations;
    this.hiding = hiding;
  }

  public Optional<ConversationSummary> find(long workspaceId, long conversationId) {
    return views.summary(workspaceId, conversationId);
  }

  /** The conversations of the workspace with these ids, by id; unknown ids are absent. */
  public Map<Long, ConversationSummary> summaries(long workspaceId, Collection<Long> ids) {
    return views.summaries(workspaceId, ids);
  }

  public List<ConversationSummary> page(
      long workspaceId, List<String> statuses, Instant beforeAt, long beforeId, int limit) {
    return views.page(workspaceId, statuses, beforeAt, beforeId, limit);
  }

  /**
   * The customer's other conversations with the brand, most recent activity first, at most {@code
   * limit}: what they wrote about before, for the customer panel.
   */
  public List<ConversationSummary> otherConversations(
      long workspaceId, long contactId, long exceptConversationId, int limit) {
    return views.ofContact(workspaceId, contactId, exceptConversationId, limit);
  }

  public List<MessageView> messages(long workspaceId, long conversationId) {
    return views.ofConversation(workspaceId, conversationId);
  }

  public Optional<MessageView> message(long workspaceId, long messageId) {
    return views.view(workspaceId, messageId);
  }

  public List<MessageView> findMessages(long workspaceId, Network network, String externalId) {
    return views.byExternalId(workspaceId, network, externalId);
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
    return statuses.change(workspaceId, conversationId, to, reason);
  }

  /**
   * Snoozes the conversation: pending (the SLA clock pauses) until the time given, when it opens
   * again by itself. Refused like any move to pending.
   */
  @Transactional
  public Optional<Change> snooze(
      long workspaceId, long conversationId, Instant until, String reason) {
    return statuses.snooze(workspaceId, conversationId, until, reason);
  }

  /**
   * Stores an agent's reply as a queued message of the conversation. A new conversation is open
   * from the moment an agent answers it.
   */
  @Transactional
  public long addReply(OutboundReply reply) {
    return replies.add(reply);
  }

  /** Records how far one of our replies has got (sending, unknown, sent, failed, …). */
  @Transactional
  public boolean setDeliveryStatus(
      long workspaceId, long messageId, String status, String externalId, String error) {
    return replies.setDeliveryStatus(workspaceId, messageId, status, externalId, error);
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
    return hiding.request(workspaceId, messageId, requestedBy);
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
    return annotations.addNote(workspaceId, conversationId, userId, author, text);
  }

  public List<ConversationNote> notes(long workspaceId, long conversationId) {
    return annotations.notes(workspaceId, conversationId);
  }

  /** Tags the conversation (stored lower-case); false when there is no such conversation. */
  @Transactional
  public boolean tag(long workspaceId, long conversationId, String tag) {
    return annotations.tag(workspaceId, conversationId, tag);
  }

  @Transactional
  public boolean untag(long workspaceId, long conversationId, String tag) {
    return annotations.untag(workspaceId, conversationId, tag);
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
    if (correction.isEmpty() || views.view(workspaceId, messageId).isEmpty()) {
      return false;
    }
    annotations.correctTriage(workspaceId, messageId, correction, correctedBy);
    return true;
  }

  /** The latest correction of each corrected message of the workspace, with the message's text. */
  public List<TriageLabel> triageLabels(long workspaceId) {
    return annotations.triageLabels(workspaceId);
  }
}
