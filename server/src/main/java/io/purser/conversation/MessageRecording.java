package io.purser.conversation;

import io.purser.conversation.moderation.CommentHiding;
import io.purser.conversation.store.Messages;
import io.purser.conversation.store.OutboundMessages;
import io.purser.conversation.threading.BatchThreading;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the networks tell us about messages, recorded: new messages threaded into their
 * conversations, edits, removals, delivery reports of our replies, and the answer to a request to
 * hide a comment. Every call is scoped by the workspace given.
 */
@Service
public class MessageRecording {

  private final BatchThreading threading;
  private final Messages messages;
  private final OutboundMessages outbound;
  private final CommentHiding hiding;

  MessageRecording(
      BatchThreading threading,
      Messages messages,
      OutboundMessages outbound,
      CommentHiding hiding) {
    this.threading = threading;
    this.messages = messages;
    this.outbound = outbound;
    this.hiding = hiding;
  }

  /**
   * Threads a batch of incoming messages, in order, with the outcome of recording them one after
   * the other, but set-based: a handful of queries and JDBC batches for the whole batch (see {@link
   * BatchThreading}). A message we already have is a duplicate; a single message is a batch of one.
   * Should another transaction store one of them meanwhile, the unique key fails this one, and a
   * retry finds it.
   */
  @Transactional
  public List<RecordOutcome> recordAll(List<NewMessage> messages) {
    return threading.recordAll(messages);
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

  /** The network hid the comment: it shows as hidden, by whom. */
  @Transactional
  public void commentHidden(long workspaceId, long messageId, String by) {
    hiding.hidden(workspaceId, messageId, by);
  }

  /** The network refused to hide the comment: the agents see why in a note. */
  @Transactional
  public void commentNotHidden(long workspaceId, long messageId, String reason) {
    hiding.notHidden(workspaceId, messageId, reason);
  }
}
