package io.purser.console.live;

import io.purser.airline.BookingActionRecorded;
import io.purser.conversation.ConversationEvents.ConversationAnnotated;
import io.purser.conversation.ConversationEvents.ConversationStarted;
import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationEvents.DeliveryStatusChanged;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.media.MediaProcessed;
import io.purser.routing.RoutingEvents.ConversationAssigned;
import io.purser.routing.RoutingEvents.PresenceChanged;
import io.purser.sla.SlaEvents.SlaBreached;
import io.purser.sla.SlaEvents.SlaWarning;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open consoles about conversation changes once they are committed, so a browser that reloads
 * on the news reads the new state: those connected to this node at once, those connected to other
 * nodes through {@link NodeNews}. {@code fallbackExecution}: a change made outside a transaction is
 * news too.
 */
@Component
class LiveUpdates {

  private final Tell streams;

  LiveUpdates(ConsoleStreams streams, NodeNews otherNodes) {
    this.streams = new Tell(streams, otherNodes);
  }

  /** This node's browsers, and through the other nodes theirs. */
  private record Tell(ConsoleStreams here, NodeNews otherNodes) {
    void changed(long workspaceId, long conversationId) {
      here.changed(workspaceId, conversationId);
      otherNodes.changed(workspaceId, conversationId);
    }

    void agentsChanged(long workspaceId) {
      here.agentsChanged(workspaceId);
      otherNodes.agentsChanged(workspaceId);
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ConversationStarted event) {
    streams.changed(event.workspaceId(), event.conversationId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(MessageAdded event) {
    streams.changed(event.workspaceId(), event.conversationId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ConversationStatusChanged event) {
    streams.changed(event.workspaceId(), event.conversationId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(DeliveryStatusChanged event) {
    streams.changed(event.workspaceId(), event.conversationId());
  }

  /** An image was fetched and read: it shows in the timeline. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(MediaProcessed event) {
    streams.changed(event.workspaceId(), event.conversationId());
  }

  /**
   * A booking action moved on — asked, approved, rejected, done: the agent's booking panel and the
   * supervisors' approvals queue show it.
   */
  @TransactionalEventListener(fallbackExecution = true)
  void on(BookingActionRecorded event) {
    streams.changed(event.workspaceId(), event.conversationId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ConversationAnnotated event) {
    streams.changed(event.workspaceId(), event.conversationId());
  }

  /** A change of owner moves the conversation between views and changes agents' load. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(ConversationAssigned event) {
    streams.changed(event.workspaceId(), event.conversationId());
    streams.agentsChanged(event.workspaceId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(PresenceChanged event) {
    streams.agentsChanged(event.workspaceId());
  }

  /** The countdown already turned in the browser; the refresh brings the new priority and order. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(SlaWarning event) {
    streams.changed(event.workspaceId(), event.conversationId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(SlaBreached event) {
    streams.changed(event.workspaceId(), event.conversationId());
  }
}
