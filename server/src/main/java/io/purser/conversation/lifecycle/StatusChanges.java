package io.purser.conversation.lifecycle;

import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import io.purser.conversation.ConversationSettings;
import io.purser.conversation.ConversationStatus;
import io.purser.conversation.domain.ConversationLifecycle;
import io.purser.conversation.domain.ConversationLifecycle.Change;
import io.purser.conversation.store.ConversationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves conversations through their lifecycle as agents, replies and sweeps ask. */
@Service
public class StatusChanges {

  private final ConversationStore conversations;
  private final ConversationLifecycle lifecycle;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StatusChanges(
      ConversationStore conversations,
      ConversationSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.conversations = conversations;
    this.lifecycle = new ConversationLifecycle(settings.reopenWindow());
    this.events = events;
    this.clock = clock;
  }

  /** See {@link io.purser.conversation.ConversationManagement#changeStatus}. */
  @Transactional
  public Optional<Change> change(
      long workspaceId, long conversationId, ConversationStatus to, String reason) {
    return conversations
        .state(workspaceId, conversationId)
        .map(
            current -> {
              var change = lifecycle.change(current.status(), to);
              if (change instanceof Change.Allowed) {
                set(workspaceId, conversationId, current.status(), to, reason, clock.instant());
              }
              return change;
            });
  }

  /** See {@link io.purser.conversation.ConversationManagement#snooze}. */
  @Transactional
  public Optional<Change> snooze(
      long workspaceId, long conversationId, Instant until, String reason) {
    var change = change(workspaceId, conversationId, ConversationStatus.PENDING, reason);
    if (change.isPresent() && change.get() instanceof Change.Allowed) {
      conversations.snoozeUntil(workspaceId, conversationId, until);
    }
    return change;
  }

  /** A new conversation is open from the moment an agent answers it. */
  void openOnReply(long workspaceId, long conversationId, Instant now) {
    conversations
        .state(workspaceId, conversationId)
        .filter(current -> current.status() == ConversationStatus.NEW)
        .ifPresent(
            current ->
                set(
                    workspaceId,
                    conversationId,
                    ConversationStatus.NEW,
                    ConversationStatus.OPEN,
                    "an agent replied",
                    now));
  }

  /** Closes a conversation that is still resolved, its reopen window having passed. */
  void closeResolved(ConversationStore.Due conversation, Instant now) {
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

  private void set(
      long workspaceId,
      long conversationId,
      ConversationStatus from,
      ConversationStatus to,
      String reason,
      Instant now) {
    conversations.setStatus(workspaceId, conversationId, to, now);
    events.publishEvent(
        new ConversationStatusChanged(workspaceId, conversationId, from, to, reason, now));
  }
}
