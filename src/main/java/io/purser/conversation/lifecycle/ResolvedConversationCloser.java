package io.purser.conversation.lifecycle;

import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationSettings;
import io.purser.conversation.ConversationStatus;
import io.purser.conversation.store.ConversationStore;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes resolved conversations once their reopen window has passed, so a customer's next message
 * starts a new conversation and reports see them as finished.
 */
@Component
public class ResolvedConversationCloser {

  private final ConversationStore conversations;
  private final ConversationSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ResolvedConversationCloser(
      ConversationStore conversations,
      ConversationSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.conversations = conversations;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${purser.conversation.close-sweep:PT5M}")
  void sweep() {
    closeExpired(clock.instant());
  }

  /** Closes every conversation resolved before {@code now} minus the window; returns how many. */
  @Transactional
  public int closeExpired(Instant now) {
    var expired = conversations.resolvedBefore(now.minus(settings.reopenWindow()), 1000);
    for (var conversation : expired) {
      conversations.closeResolved(conversation, now);
      events.publishEvent(
          new ConversationStatusChanged(
              conversation.workspaceId(),
              conversation.conversationId(),
              ConversationStatus.RESOLVED,
              ConversationStatus.CLOSED,
              "reopen window passed",
              now));
    }
    return expired.size();
  }
}
