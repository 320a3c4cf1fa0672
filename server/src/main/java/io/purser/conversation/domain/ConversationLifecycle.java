package io.purser.conversation.domain;

import io.purser.conversation.ConversationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rules of a conversation's life, as pure decisions: where a customer's message goes, and which
 * status changes an agent may make.
 */
public final class ConversationLifecycle {

  private final Duration reopenWindow;

  public ConversationLifecycle(Duration reopenWindow) {
    if (reopenWindow.isNegative()) {
      throw new IllegalArgumentException("the reopen window cannot be negative: " + reopenWindow);
    }
    this.reopenWindow = reopenWindow;
  }

  /** A conversation as far as these rules need to know it. */
  public record State(long id, ConversationStatus status, Instant resolvedAt) {}

  /** Where a customer's new message goes. */
  public sealed interface Placement {
    /** Into this active conversation, which then has this status. */
    record Append(long conversationId, ConversationStatus newStatus) implements Placement {}

    /** Into this resolved conversation, which opens again. */
    record Reopen(long conversationId) implements Placement {}

    /** Into a new conversation; the latest resolved one, if any, is closed. */
    record StartNew(Optional<Long> closePrevious) implements Placement {}
  }

  /**
   * @param active the customer's active conversation, if any (there is at most one)
   * @param latestResolved the customer's most recently resolved conversation, if any
   * @param at when the customer wrote
   */
  public Placement placeCustomerMessage(
      Optional<State> active, Optional<State> latestResolved, Instant at) {
    if (active.isPresent()) {
      var conversation = active.get();
      var status =
          conversation.status() == ConversationStatus.PENDING
              ? ConversationStatus.OPEN
              : conversation.status();
      return new Placement.Append(conversation.id(), status);
    }
    if (latestResolved.isPresent() && withinReopenWindow(latestResolved.get(), at)) {
      return new Placement.Reopen(latestResolved.get().id());
    }
    return new Placement.StartNew(latestResolved.map(State::id));
  }

  private boolean withinReopenWindow(State resolved, Instant at) {
    return resolved.resolvedAt() != null && !at.isAfter(resolved.resolvedAt().plus(reopenWindow));
  }

  /** Whether an agent may move a conversation from one status to another, and why not. */
  public sealed interface Change {
    record Allowed(ConversationStatus from, ConversationStatus to) implements Change {}

    record Refused(String reason) implements Change {}
  }

  public Change change(ConversationStatus from, ConversationStatus to) {
    if (from == to) {
      return new Change.Refused("the conversation is already " + to.wireName());
    }
    if (from == ConversationStatus.CLOSED) {
      return new Change.Refused(
          "a closed conversation cannot change; the customer starts a new one");
    }
    if (to == ConversationStatus.NEW) {
      return new Change.Refused("a conversation cannot become new again");
    }
    return new Change.Allowed(from, to);
  }
}
