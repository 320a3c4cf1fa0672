package io.purser.conversation.lifecycle;

import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.conversation.OutboundReply;
import io.purser.conversation.store.ConversationStore;
import io.purser.conversation.store.OutboundMessages;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Agents' replies as messages of their conversation, and how far each has got. */
@Service
public class Replies {

  private final OutboundMessages outbound;
  private final ConversationStore conversations;
  private final StatusChanges statuses;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Replies(
      OutboundMessages outbound,
      ConversationStore conversations,
      StatusChanges statuses,
      ApplicationEventPublisher events,
      Clock clock) {
    this.outbound = outbound;
    this.conversations = conversations;
    this.statuses = statuses;
    this.events = events;
    this.clock = clock;
  }

  /** See {@link io.purser.conversation.ConversationManagement#addReply}. */
  public long add(OutboundReply reply) {
    var now = clock.instant();
    long id = outbound.insertReply(reply, now);
    conversations.touchOutbound(reply.workspaceId(), reply.conversationId(), now);
    events.publishEvent(
        new MessageAdded(reply.workspaceId(), reply.conversationId(), id, false, now));
    statuses.openOnReply(reply.workspaceId(), reply.conversationId(), now);
    return id;
  }

  public boolean setDeliveryStatus(
      long workspaceId, long messageId, String status, String externalId, String error) {
    return outbound.setStatus(workspaceId, messageId, status, externalId, error);
  }
}
