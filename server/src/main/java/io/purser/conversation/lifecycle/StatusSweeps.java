package io.purser.conversation.lifecycle;

import io.purser.NodeDuties;
import io.purser.conversation.ConversationSettings;
import io.purser.conversation.ConversationStatus;
import io.purser.conversation.store.ConversationStore;
import java.time.Clock;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status changes that time makes: a snoozed conversation opens again when its time comes,
 * within seconds, so the customer is back in the queue (and its SLA clock runs) as the agent asked;
 * a resolved one closes once its reopen window has passed, so the customer's next message starts a
 * new conversation and reports see it as finished.
 */
@Component
public class StatusSweeps {

  private final ConversationStore conversations;
  private final StatusChanges statuses;
  private final ConversationSettings settings;
  private final Clock clock;
  private final NodeDuties duties;

  StatusSweeps(
      ConversationStore conversations,
      StatusChanges statuses,
      ConversationSettings settings,
      Clock clock,
      NodeDuties duties) {
    this.conversations = conversations;
    this.statuses = statuses;
    this.settings = settings;
    this.clock = clock;
    this.duties = duties;
  }

  /** Each snoozed conversation opens in a transaction of its own, as an agent's change would. */
  @Scheduled(fixedDelayString = "#{@conversationSettings.snoozeSweep()}")
  void openSnoozed() {
    if (!duties.mine("conversation-snooze-sweep")) {
      return;
    }
    for (var due : conversations.snoozeOver(clock.instant(), 500)) {
      statuses.change(
          due.workspaceId(), due.conversationId(), ConversationStatus.OPEN, "snooze over");
    }
  }

  @Scheduled(fixedDelayString = "#{@conversationSettings.closeSweep()}")
  void closeResolved() {
    if (duties.mine("conversation-close-sweep")) {
      closeExpired(clock.instant());
    }
  }

  /** Closes every conversation resolved before {@code now} minus the window; returns how many. */
  @Transactional
  public int closeExpired(Instant now) {
    var expired = conversations.resolvedBefore(now.minus(settings.reopenWindow()), 1000);
    expired.forEach(conversation -> statuses.closeResolved(conversation, now));
    return expired.size();
  }
}
