package io.purser.routing.agent;

import io.purser.routing.AssignmentOutcome;
import io.purser.routing.RoutingManagement.ReplyClaim;
import io.purser.routing.RoutingManagement.RoutingView;
import io.purser.routing.RoutingSettings;
import io.purser.routing.domain.AgentState;
import io.purser.routing.domain.AssignmentPolicy;
import io.purser.routing.domain.Presence;
import io.purser.routing.queue.QueueEntries;
import io.purser.routing.queue.QueueEntry;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owns a conversation and how it changes hands: pushed, pulled, taken over, reassigned,
 * released, handed back when its owner is away; and the claim that keeps two agents from answering
 * the same customer.
 */
@Component
public class Ownership {

  private final Agents agents;
  private final QueueEntries queue;
  private final Assignments assignments;
  private final Dispatcher dispatcher;
  private final RoutingSettings settings;
  private final Clock clock;

  Ownership(
      Agents agents,
      QueueEntries queue,
      Assignments assignments,
      Dispatcher dispatcher,
      RoutingSettings settings,
      Clock clock) {
    this.agents = agents;
    this.queue = queue;
    this.assignments = assignments;
    this.dispatcher = dispatcher;
    this.settings = settings;
    this.clock = clock;
  }

  /** The conversation's place in the queue, with its owner's name. */
  public Optional<RoutingView> routing(long workspaceId, long conversationId) {
    return queue
        .find(workspaceId, conversationId)
        .map(
            entry ->
                new RoutingView(
                    entry.conversationId(),
                    entry.waiting(),
                    entry.waitingSince(),
                    entry.priority(),
                    entry.priorityBand(),
                    reasons(entry.priorityReasons()),
                    entry.assigneeId(),
                    entry.assigneeId() == null
                        ? null
                        : agentName(workspaceId, entry.assigneeId()).orElse(null),
                    entry.assignedAt(),
                    entry.slaDueAt()));
  }

  private static List<String> reasons(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    return List.of(stored.split(", "));
  }

  private Optional<String> agentName(long workspaceId, long userId) {
    return agents.find(workspaceId, userId).map(Agents.StoredAgent::displayName);
  }

  /**
   * Gives an unowned conversation back to the agent who owned it last (a reply of theirs failed
   * after they had resolved it); empty when it is owned or nobody owned it. Refused like any
   * assignment beyond the agent's capacity.
   */
  public Optional<AssignmentOutcome> giveBack(long workspaceId, long conversationId, String why) {
    return queue
        .find(workspaceId, conversationId)
        .filter(entry -> entry.assigneeId() == null && entry.previousAssigneeId() != null)
        .map(
            entry ->
                assignments.give(
                    workspaceId,
                    conversationId,
                    entry.previousAssigneeId(),
                    null,
                    Assignments.Limit.CAPACITY,
                    why));
  }

  /** A supervisor gives the conversation to an agent, whoever owns it now, within capacity. */
  public AssignmentOutcome give(long workspaceId, long conversationId, long agentId, String why) {
    var owner = queue.find(workspaceId, conversationId).map(QueueEntry::assigneeId);
    return assignments.give(
        workspaceId, conversationId, agentId, owner.orElse(null), Assignments.Limit.CAPACITY, why);
  }

  /**
   * The agent explicitly takes the conversation over from whoever owns it: their own choice, so
   * allowed past their capacity (recorded as such).
   */
  public AssignmentOutcome takeOver(long workspaceId, long conversationId, long userId) {
    var owner = queue.find(workspaceId, conversationId).map(QueueEntry::assigneeId);
    return assignments.give(
        workspaceId,
        conversationId,
        userId,
        owner.orElse(null),
        Assignments.Limit.CHOSEN,
        "took_over");
  }

  public boolean release(long workspaceId, long conversationId, long ownerId) {
    return release(workspaceId, conversationId, ownerId, "released");
  }

  private boolean release(long workspaceId, long conversationId, long ownerId, String reason) {
    boolean released = assignments.release(workspaceId, conversationId, ownerId, reason);
    if (released) {
      dispatcher.wakeAfterCommit(workspaceId);
    }
    return released;
  }

  /** Puts the conversation back in the queue when its owner is away or offline. */
  @Transactional
  public boolean releaseIfOwnerAway(long workspaceId, long conversationId, String reason) {
    var owner = queue.find(workspaceId, conversationId).map(QueueEntry::assigneeId);
    return owner.isPresent() && releaseIfAway(workspaceId, conversationId, owner.get(), reason);
  }

  /**
   * Customers wait on these conversations: one whose owner has gone away goes back to the queue,
   * and the dispatcher looks at the workspace again.
   */
  public void customersWaiting(long workspaceId, Collection<QueueEntry> entries) {
    for (var entry : entries) {
      if (entry.assigneeId() != null && entry.waiting()) {
        releaseIfAway(workspaceId, entry.conversationId(), entry.assigneeId(), "owner_away");
      }
    }
    dispatcher.wakeAfterCommit(workspaceId);
  }

  /** Kept conversations (the owner chose to keep them when going away) stay theirs. */
  private boolean releaseIfAway(long workspaceId, long conversationId, long owner, String reason) {
    var away =
        agents
            .find(workspaceId, owner)
            .map(agent -> agent.presence().redistributesOpenWork())
            .orElse(false);
    return away
        && !queue.keptWhileAway(workspaceId, conversationId)
        && release(workspaceId, conversationId, owner, reason);
  }

  /**
   * The agent asks for the next conversation: the highest-priority waiting one they are qualified
   * for, within their capacity, whatever their presence.
   */
  @Transactional
  public AssignmentOutcome pullNext(long workspaceId, long userId) {
    if (!agents.ensure(workspaceId, userId, settings.defaultCapacity(), clock.instant())) {
      return new AssignmentOutcome.Refused(404, "No agent " + userId + " in this workspace");
    }
    var agent = agents.lock(workspaceId, userId).orElseThrow();
    if (agent.openCount() >= agent.capacity()) {
      return new AssignmentOutcome.Refused(
          409,
          "You are at capacity ("
              + agent.openCount()
              + " of "
              + agent.capacity()
              + "); resolve or hand over a conversation first");
    }
    var asIfAvailable = asIfAvailable(dispatcher.state(workspaceId, agent));
    var policy = new AssignmentPolicy();
    for (var entry : queue.waitingUnassigned(workspaceId, 100)) {
      if (policy.bestAgent(Dispatcher.waiting(entry), List.of(asIfAvailable)).isEmpty()) {
        continue;
      }
      var outcome =
          assignments.give(
              workspaceId,
              entry.conversationId(),
              userId,
              null,
              Assignments.Limit.CAPACITY,
              "pulled");
      if (outcome instanceof AssignmentOutcome.Assigned) {
        return outcome;
      }
    }
    return new AssignmentOutcome.Nothing("Nothing is waiting that you can take");
  }

  private static AgentState asIfAvailable(AgentState stored) {
    return new AgentState(
        stored.agentId(),
        Presence.AVAILABLE,
        stored.capacity(),
        stored.openCount(),
        stored.languages(),
        stored.intents(),
        stored.teamIds(),
        stored.lastAssignedAt());
  }

  /**
   * Decides whether a reply may go now: the owner may always reply; nobody else may unless they
   * take the conversation over explicitly. An unowned conversation becomes the replying agent's.
   *
   * @param userId the replying console user, or null for a workspace API token
   */
  @Transactional
  public ReplyClaim claimForReply(
      long workspaceId, long conversationId, Long userId, boolean takeOver) {
    var entry = queue.find(workspaceId, conversationId);
    Long owner = entry.map(QueueEntry::assigneeId).orElse(null);
    if (owner != null && owner.equals(userId)) {
      return new ReplyClaim.Granted();
    }
    if (owner != null && !takeOver) {
      return heldBy(workspaceId, owner);
    }
    if (userId == null || entry.isEmpty()) {
      return new ReplyClaim.Granted();
    }
    var outcome =
        assignments.give(
            workspaceId,
            conversationId,
            userId,
            owner,
            owner == null ? Assignments.Limit.CAPACITY : Assignments.Limit.CHOSEN,
            owner == null ? "replied" : "took_over");
    if (outcome instanceof AssignmentOutcome.Refused && owner != null) {
      var current = queue.find(workspaceId, conversationId).map(QueueEntry::assigneeId);
      if (current.isPresent() && !current.get().equals(userId)) {
        return heldBy(workspaceId, current.get());
      }
    }
    // An agent at capacity may still answer an unowned conversation; it stays in the queue.
    return new ReplyClaim.Granted();
  }

  private ReplyClaim heldBy(long workspaceId, long owner) {
    return new ReplyClaim.HeldBy(owner, agentName(workspaceId, owner).orElse("another agent"));
  }
}
