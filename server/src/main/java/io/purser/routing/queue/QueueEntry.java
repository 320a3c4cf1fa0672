package io.purser.routing.queue;

import java.time.Instant;

/**
 * A conversation's routing row: its place in the queue — the facts of the customer's latest
 * message, whether the customer is waiting, its priority with the reasons, and who owns it.
 *
 * @param status the conversation's status (null when read for an update, see {@link
 *     QueueEntries#lockAll})
 */
public record QueueEntry(
    long conversationId,
    long workspaceId,
    boolean waiting,
    Instant waitingSince,
    MessageFacts facts,
    Instant slaDueAt,
    Long teamId,
    int priority,
    String priorityBand,
    String priorityReasons,
    Instant priorityAt,
    Long assigneeId,
    Instant assignedAt,
    Long previousAssigneeId,
    String status) {

  QueueEntry withSlaDueAt(Instant dueAt) {
    return new QueueEntry(
        conversationId,
        workspaceId,
        waiting,
        waitingSince,
        facts,
        dueAt,
        teamId,
        priority,
        priorityBand,
        priorityReasons,
        priorityAt,
        assigneeId,
        assignedAt,
        previousAssigneeId,
        status);
  }

  /**
   * What a customer's message makes of a conversation's routing row (null: it has none yet): the
   * conversation is active and waits for the brand when the message needs a response (or it was
   * already waiting), and the message's triage facts replace the older ones. The priority is left
   * as it was, for the caller to score.
   */
  static QueueEntry afterCustomerWrote(
      QueueEntry before, long workspaceId, long conversationId, Signals s, Instant at) {
    boolean wasWaiting = before != null && before.waiting();
    return new QueueEntry(
        conversationId,
        workspaceId,
        wasWaiting || s.needsResponse(),
        wasWaiting ? before.waitingSince() : s.needsResponse() ? at : null,
        s.facts(),
        before == null ? null : before.slaDueAt(),
        s.teamId() != null ? s.teamId() : before == null ? null : before.teamId(),
        before == null ? 0 : before.priority(),
        before == null ? "normal" : before.priorityBand(),
        before == null ? null : before.priorityReasons(),
        before == null ? null : before.priorityAt(),
        before == null ? null : before.assigneeId(),
        before == null ? null : before.assignedAt(),
        before == null ? null : before.previousAssigneeId(),
        before == null ? null : before.status());
  }
}
