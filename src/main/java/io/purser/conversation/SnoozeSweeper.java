package io.purser.conversation;

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
  private final ConversationManagement management;
  private final Clock clock;

  SnoozeSweeper(ConversationStore conversations, ConversationManagement management, Clock clock) {
    this.conversations = conversations;
    this.management = management;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "#{@conversationSettings.snoozeSweep()}")
  void sweep() {
    for (var due : conversations.snoozeOver(clock.instant(), 500)) {
      management.changeStatus(due[0], due[1], ConversationStatus.OPEN, "snooze over");
    }
  }
}
