package io.purser.conversation.threading;

import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.conversation.store.ConversationStore;
import io.purser.conversation.store.HeldMessages;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Brand replies whose parent had not arrived when they did: held without a conversation, they join
 * the parent's conversation when it arrives, and their own held answers follow them.
 */
@Component
class HeldReplies {

  private final HeldMessages held;
  private final ConversationStore conversations;
  private final ApplicationEventPublisher events;

  HeldReplies(
      HeldMessages held, ConversationStore conversations, ApplicationEventPublisher events) {
    this.held = held;
    this.conversations = conversations;
    this.events = events;
  }

  /** Which of these network ids have brand replies held for them. */
  Set<String> waitingFor(long workspaceId, Network network, Collection<String> externalIds) {
    return held.parentsWithHeldReplies(workspaceId, network, externalIds);
  }

  /**
   * Moves the replies held for this parent, and theirs in turn, into its conversation.
   *
   * @param at when the conversation counts the replies as added
   * @param announcedAt the time of their {@link MessageAdded} events
   */
  void adopt(
      long workspaceId,
      Network network,
      String parentExternalId,
      long conversationId,
      Instant at,
      Instant announcedAt) {
    if (parentExternalId == null) {
      return;
    }
    for (var reply :
        held.adoptHeldReplies(workspaceId, network, parentExternalId, conversationId)) {
      added(workspaceId, conversationId, reply.id(), at, announcedAt);
      adopt(workspaceId, network, reply.externalId(), conversationId, at, announcedAt);
    }
  }

  /** A brand message joined the conversation: the conversation counts it, and it is announced. */
  void added(
      long workspaceId, long conversationId, long messageId, Instant at, Instant announcedAt) {
    conversations.touchOutbound(workspaceId, conversationId, at);
    events.publishEvent(
        new MessageAdded(workspaceId, conversationId, messageId, false, announcedAt));
  }

  /**
   * Adopts the replies left held although their parent is in a conversation (and their own held
   * replies), at most {@code limit}; returns how many were stranded.
   */
  int adoptStranded(int limit, Instant announcedAt) {
    var stranded = held.stranded(limit);
    for (var s : stranded) {
      if (held.join(s.workspaceId(), s.id(), s.conversationId())) {
        added(s.workspaceId(), s.conversationId(), s.id(), s.createdAt(), announcedAt);
        adopt(
            s.workspaceId(),
            s.network(),
            s.externalId(),
            s.conversationId(),
            s.createdAt(),
            announcedAt);
      }
    }
    return stranded.size();
  }
}
