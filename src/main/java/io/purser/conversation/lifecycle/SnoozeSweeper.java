package io.purser.conversation.lifecycle;

import io.purser.conversation.ConversationStatus;
import io.purser.conversation.store.ConversationStore;
import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens snoozed conversations again when their time comes, within seconds, so the customer is back
 * in the queue (and its SLA clock runs) as the agent asked.
 */
@Component
class SnoozeSweeper {

  private final ConversationStore conversations;
  private final StatusChanges statuses;
  private final Clock clock;

  SnoozeSweeper(ConversationStore conversations, StatusChanges statuses, Clock clock) {
    this.conversations = conversations;
    this.statuses = statuses;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${purser.conversation.snooze-sweep:PT5S}")
  void sweep() {
    for (var due : conversations.snoozeOver(clock.instant(), 500)) {
      statuses.change(
          due.workspaceId(), due.conversationId(), ConversationStatus.OPEN, "snooze over");
    }
  }
}
