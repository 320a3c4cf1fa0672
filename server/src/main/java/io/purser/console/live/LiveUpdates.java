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
 * on the news reads the new state. {@code fallbackExecution}: a change made outside a transaction
 * is news too.
 */
@Component
class LiveUpdates {

  private final ConsoleStreams streams;

  LiveUpdates(ConsoleStreams streams) {
    this.streams = streams;
  }

  @TransactionalEventListener(
      fallbackExecution = true,
      classes = {
        ConversationStarted.class,
        MessageAdded.class,
        ConversationStatusChanged.class,
        DeliveryStatusChanged.class,
        MediaProcessed.class,
        BookingActionRecorded.class,
        ConversationAnnotated.class,
        ConversationAssigned.class,
        PresenceChanged.class,
        SlaWarning.class,
        SlaBreached.class
      })
  void on(Object event) {
    switch (event) {
      case ConversationStarted e -> streams.changed(e.workspaceId(), e.conversationId());
      case MessageAdded e -> streams.changed(e.workspaceId(), e.conversationId());
      case ConversationStatusChanged e -> streams.changed(e.workspaceId(), e.conversationId());
      case DeliveryStatusChanged e -> streams.changed(e.workspaceId(), e.conversationId());
      // An image was fetched and read: it shows in the timeline.
      case MediaProcessed e -> streams.changed(e.workspaceId(), e.conversationId());
      // A booking action moved on — asked, approved, rejected, done: the agent's booking panel and
      // the supervisors' approvals queue show it.
      case BookingActionRecorded e -> streams.changed(e.workspaceId(), e.conversationId());
      case ConversationAnnotated e -> streams.changed(e.workspaceId(), e.conversationId());
      // A change of owner moves the conversation between views and changes agents' load.
      case ConversationAssigned e -> {
        streams.changed(e.workspaceId(), e.conversationId());
        streams.agentsChanged(e.workspaceId());
      }
      case PresenceChanged e -> streams.agentsChanged(e.workspaceId());
      // The countdown already turned in the browser; the refresh brings the new priority and order.
      case SlaWarning e -> streams.changed(e.workspaceId(), e.conversationId());
      case SlaBreached e -> streams.changed(e.workspaceId(), e.conversationId());
      default -> throw new IllegalArgumentException("not a console change: " + event);
    }
  }
}
