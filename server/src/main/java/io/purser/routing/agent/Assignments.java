package io.purser.routing.agent;

import io.purser.identity.AuditedChange;
import io.purser.routing.AssignmentOutcome;
import io.purser.routing.RoutingEvents.ConversationAssigned;
import io.purser.routing.RoutingSettings;
import io.purser.routing.domain.Presence;
import io.purser.routing.queue.QueueEntries;
import io.purser.routing.queue.QueueEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a conversation's owner, each in its own transaction and each under the same two
 * locks, always taken in the same order: first the receiving agent's row (so their capacity is
 * counted while nobody else can add to it), then the conversation's owner is changed by a
 * conditional update that fails when someone else got there first. Several application nodes on one
 * database therefore never give one conversation to two agents nor an agent more than their
 * capacity.
 */
@Component
class Assignments {

  private static final Set<String> ACTIVE = Set.of("new", "open", "pending");
  private static final String TAKEN =
      "The conversation has just been taken by another agent; open it again";

  private final Agents agents;
  private final QueueEntries queue;
  private final RoutingSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Assignments(
      Agents agents,
      QueueEntries queue,
      RoutingSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.agents = agents;
    this.queue = queue;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  /**
   * What limits a change of owner. Capacity limits what routing pushes and what an agent pulls, not
   * what a person explicitly chooses to take over.
   */
  enum Limit {
    /** Pushed work: only to an available agent, within their capacity. */
    PUSHED,
    /** Pulled, replied to or given by a supervisor: within the agent's capacity, any presence. */
    CAPACITY,
    /**
     * The agent's own explicit take over: allowed past their capacity (then recorded as {@code
     * <reason>_past_capacity}); routing pushes them nothing until they are under it again.
     */
    CHOSEN
  }

  /**
   * Gives a conversation to an agent.
   *
   * @param expectedOwner who must own it now for the change to happen (null: nobody)
   * @param limit what may refuse the change besides its owner and status
   */
  @Transactional
  AssignmentOutcome give(
      long workspaceId,
      long conversationId,
      long agentId,
      Long expectedOwner,
      Limit limit,
      String reason) {
    var now = clock.instant();
    if (!agents.ensure(workspaceId, agentId, settings.defaultCapacity(), now)) {
      return new AssignmentOutcome.Refused(404, "No agent " + agentId + " in this workspace");
    }
    var agent = agents.lock(workspaceId, agentId).orElseThrow();
    if (limit == Limit.PUSHED && agent.presence() != Presence.AVAILABLE) {
      return new AssignmentOutcome.Refused(
          409, agent.displayName() + " is " + Agents.wire(agent.presence()));
    }
    var entry = queue.find(workspaceId, conversationId);
    if (entry.isEmpty()) {
      return new AssignmentOutcome.Refused(
          404, "No conversation " + conversationId + " waiting for an agent");
    }
    var current = entry.get();
    var refused = refusal(agent, current, expectedOwner, limit);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!queue.assign(workspaceId, conversationId, expectedOwner, agentId, now)) {
      return new AssignmentOutcome.Refused(409, TAKEN);
    }
    agents.assigned(workspaceId, agentId, now);
    var why = atCapacity(agent) ? reason + "_past_capacity" : reason;
    changedHands(workspaceId, conversationId, current.assigneeId(), agentId, why, now);
    return new AssignmentOutcome.Assigned(conversationId, agentId);
  }

  /**
   * Why the conversation cannot go to the agent now (or that it is theirs already), if anything
   * stops it.
   */
  private static Optional<AssignmentOutcome> refusal(
      Agents.StoredAgent agent, QueueEntry current, Long expectedOwner, Limit limit) {
    if (Objects.equals(current.assigneeId(), agent.userId())) {
      return Optional.of(new AssignmentOutcome.Assigned(current.conversationId(), agent.userId()));
    }
    if (!Objects.equals(current.assigneeId(), expectedOwner)) {
      return Optional.of(new AssignmentOutcome.Refused(409, TAKEN));
    }
    if (!ACTIVE.contains(current.status())) {
      return Optional.of(
          new AssignmentOutcome.Refused(
              409, "The conversation is " + current.status() + "; reopen it first"));
    }
    if (limit != Limit.CHOSEN && atCapacity(agent)) {
      return Optional.of(
          new AssignmentOutcome.Refused(
              409,
              agent.displayName()
                  + " is at capacity ("
                  + agent.openCount()
                  + " of "
                  + agent.capacity()
                  + " conversations)"));
    }
    return Optional.empty();
  }

  private static boolean atCapacity(Agents.StoredAgent agent) {
    return agent.openCount() >= agent.capacity();
  }

  /** Puts a conversation back in the queue; false when the agent did not own it. */
  @Transactional
  boolean release(long workspaceId, long conversationId, long agentId, String reason) {
    var now = clock.instant();
    if (!queue.release(workspaceId, conversationId, agentId, now)) {
      return false;
    }
    changedHands(workspaceId, conversationId, agentId, null, reason, now);
    return true;
  }

  /** The agent is back: none of their conversations is kept while away any more. */
  void keepNone(long workspaceId, long agentId) {
    queue.keepWhileAway(workspaceId, agentId, Set.of());
  }

  /** Tells the application a conversation changed hands, and records it for the audit log. */
  private void changedHands(
      long workspaceId, long conversationId, Long from, Long to, String reason, Instant at) {
    events.publishEvent(
        new ConversationAssigned(workspaceId, conversationId, from, to, reason, at));
    events.publishEvent(
        new AuditedChange(
            "conversation." + reason,
            "conversation",
            conversationId,
            Collections.singletonMap("assigneeId", from),
            Collections.singletonMap("assigneeId", to)));
  }

  /**
   * Puts every active conversation of an agent back in the queue but those they keep (marked kept
   * while away); returns how many went back.
   */
  @Transactional
  int releaseAllBut(long workspaceId, long agentId, Set<Long> keep, String reason) {
    queue.keepWhileAway(workspaceId, agentId, keep);
    int released = 0;
    for (var owned : queue.ownedBy(workspaceId, agentId)) {
      if (!keep.contains(owned.conversationId())
          && release(workspaceId, owned.conversationId(), agentId, reason)) {
        released++;
      }
    }
    return released;
  }
}
