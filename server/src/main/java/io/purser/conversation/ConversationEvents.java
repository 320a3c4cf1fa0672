package io.purser.conversation;

import io.purser.triage.TriageResult;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The past-tense facts the conversation module publishes. Other modules react to them. */
public final class ConversationEvents {

  private ConversationEvents() {}

  /** A customer's first message started a conversation. */
  public record ConversationStarted(long workspaceId, long conversationId, Instant at) {}

  /** A message joined a conversation (inbound, an echo of the brand, or one held until now). */
  public record MessageAdded(
      long workspaceId, long conversationId, long messageId, boolean inbound, Instant at) {}

  /**
   * A customer's message was stored in a conversation, with what triage decided about it: routing
   * queues and prioritises the conversation, the SLA clock starts or keeps running.
   *
   * @param createdAt when the customer wrote it (the network's time)
   * @param triage null only for a message that was not triaged
   * @param authorFollowers the author's audience (counts for little in the priority, by design)
   */
  public record CustomerMessageRecorded(
      long workspaceId,
      long conversationId,
      long messageId,
      Network network,
      boolean isPublic,
      Instant createdAt,
      TriageResult triage,
      long authorFollowers) {}

  /**
   * Customers' messages stored by one transaction, published instead of one event per message so
   * that routing and SLA can read and write their rows for all of them at once. The messages are in
   * the order they came; a conversation may have several, which listeners apply in that order, each
   * to the state the one before left. Every other event about these conversations (status changes,
   * held brand replies adopted) is published in its place between such events, as recording the
   * messages one by one would have published it.
   */
  public record CustomerMessagesRecorded(List<CustomerMessageRecorded> messages) {
    public CustomerMessagesRecorded {
      messages = List.copyOf(messages);
      if (messages.isEmpty()) {
        throw new IllegalArgumentException("a batch of recorded messages cannot be empty");
      }
    }

    /** The messages of each workspace, the workspaces and their messages in the order they came. */
    public Map<Long, List<CustomerMessageRecorded>> byWorkspace() {
      var byWorkspace = new LinkedHashMap<Long, List<CustomerMessageRecorded>>();
      for (var m : messages) {
        byWorkspace.computeIfAbsent(m.workspaceId(), ws -> new ArrayList<>()).add(m);
      }
      return byWorkspace;
    }
  }

  /**
   * A customer's message came with attachments (images, video, files), as the network described
   * them: the media module fetches and keeps them.
   *
   * @param attachmentsJson a JSON array of {@code {"type","url","caption"}}
   */
  public record AttachmentsReceived(
      long workspaceId,
      long conversationId,
      long messageId,
      Network network,
      long channelAccountId,
      Instant createdAt,
      String attachmentsJson) {}

  /**
   * An agent asked to hide a customer's public comment (it shows personal data): the network's
   * adapter hides it where the network allows it, and reports back with {@link
   * ConversationManagement#commentHidden} or {@link ConversationManagement#commentNotHidden}.
   */
  public record CommentHideRequested(
      long workspaceId,
      long conversationId,
      long messageId,
      Network network,
      long channelAccountId,
      String commentId,
      String requestedBy) {}

  /** The status moved, by an agent or by the customer writing again. */
  public record ConversationStatusChanged(
      long workspaceId,
      long conversationId,
      ConversationStatus from,
      ConversationStatus to,
      String reason,
      Instant at) {}

  /** A message we sent changed delivery status (sent, delivered, read, failed). */
  public record DeliveryStatusChanged(
      long workspaceId, long conversationId, long messageId, String status, String error) {}

  /** A message from the network turned out to be our own reply whose send outcome was unknown. */
  public record OutboundConfirmed(long workspaceId, long messageId, String externalId) {}

  /** An agent added a note or changed the tags of a conversation. */
  public record ConversationAnnotated(long workspaceId, long conversationId) {}
}
