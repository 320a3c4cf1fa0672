package io.purser.routing;

import io.purser.routing.agent.Ownership;
import io.purser.routing.agent.Staffing;
import io.purser.routing.domain.Presence;
import io.purser.routing.domain.Surge;
import io.purser.routing.queue.RoutingQueue;
import io.purser.routing.surge.SurgeWatch;
import io.purser.triage.Intent;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The routing module's API: agents' presence, capacity and skills; who owns a conversation and how
 * it changes hands (pushed, pulled, taken over, reassigned, released); each conversation's priority
 * with its reasons; the claim that keeps two agents from answering the same customer; the queue's
 * views; and surges.
 */
@Service
public class RoutingManagement {

  private final Staffing staffing;
  private final Ownership ownership;
  private final RoutingQueue queue;
  private final SurgeWatch surges;

  RoutingManagement(Staffing staffing, Ownership ownership, RoutingQueue queue, SurgeWatch surges) {
    this.staffing = staffing;
    this.ownership = ownership;
    this.queue = queue;
    this.surges = surges;
  }

  /** An agent as supervisors see them. */
  public record AgentView(
      long userId,
      String name,
      String presence,
      Instant presenceSince,
      Instant lastActiveAt,
      int capacity,
      int open,
      Set<String> languages,
      Set<String> intents) {}

  /** A conversation's place in the queue. */
  public record RoutingView(
      long conversationId,
      boolean waiting,
      Instant waitingSince,
      int priority,
      String priorityBand,
      List<String> priorityReasons,
      Long assigneeId,
      String assigneeName,
      Instant assignedAt,
      Instant slaDueAt) {}

  /** Whether a user may reply to a conversation now. */
  public sealed interface ReplyClaim {
    /** Yes: the conversation is theirs (now). */
    record Granted() implements ReplyClaim {}

    /** No: another agent owns it; replying needs an explicit takeover. */
    record HeldBy(long ownerId, String ownerName) implements ReplyClaim {}
  }

  /** How many unowned conversations wait, and since when the oldest has waited. */
  public record QueueDepth(long waiting, Instant oldestSince) {}

  /**
   * Sets the agent's presence; going away or offline hands all their open conversations back to the
   * queue.
   */
  public Optional<AgentView> setPresence(
      long workspaceId, long userId, Presence presence, String reason) {
    return staffing.setPresence(workspaceId, userId, presence, reason, Set.of());
  }

  /**
   * Sets the agent's presence; going away or offline hands their open conversations back to the
   * queue except those in {@code keep} (their own, e.g. the ones they are typing in), which stay
   * theirs while they are away: a customer writing again, or an SLA breach, does not take them
   * back. Coming back (available, busy) ends every keep.
   */
  public Optional<AgentView> setPresence(
      long workspaceId, long userId, Presence presence, String reason, Set<Long> keep) {
    return staffing.setPresence(workspaceId, userId, presence, reason, keep);
  }

  /** Notes that the user did something, at most every 30 seconds (inactivity makes them away). */
  public void touch(long workspaceId, long userId) {
    staffing.touch(workspaceId, userId);
  }

  /**
   * The agent's presence ({@code available}, {@code busy}, {@code away} or {@code offline}) without
   * the rest of {@link #agent}: empty when the user is not an agent of the workspace (a missing
   * agent row is created, as {@link #agent} does).
   */
  public Optional<String> presence(long workspaceId, long userId) {
    return staffing.presence(workspaceId, userId);
  }

  public Optional<AgentView> agent(long workspaceId, long userId) {
    return staffing.agent(workspaceId, userId);
  }

  public List<AgentView> agents(long workspaceId) {
    return staffing.agents(workspaceId);
  }

  public Optional<AgentView> updateAgent(
      long workspaceId, long userId, int capacity, Set<String> languages, Set<Intent> intents) {
    return staffing.updateAgent(workspaceId, userId, capacity, languages, intents);
  }

  public Optional<RoutingView> routing(long workspaceId, long conversationId) {
    return ownership.routing(workspaceId, conversationId);
  }

  /**
   * The priority band (high, normal, low) of each of these conversations that is queued, with one
   * read: it picks their SLA targets.
   */
  public Map<Long, String> priorityBands(long workspaceId, Collection<Long> conversationIds) {
    return queue.priorityBands(workspaceId, conversationIds);
  }

  /** A supervisor gives the conversation to an agent, whoever owns it now. */
  public AssignmentOutcome reassign(long workspaceId, long conversationId, long agentId) {
    return ownership.give(workspaceId, conversationId, agentId, "assigned_by_supervisor");
  }

  /**
   * A reply to the customer failed after the conversation was resolved: it goes back to the agent
   * who owned it, who must see it. Empty when it is owned or never was.
   */
  public Optional<AssignmentOutcome> giveBackToPreviousOwner(
      long workspaceId, long conversationId) {
    return ownership.giveBack(workspaceId, conversationId, "reply_failed");
  }

  /**
   * An agent explicitly takes the conversation over from whoever owns it (or nobody). Capacity
   * limits what routing pushes, not what a person chooses: the take over is allowed past the
   * agent's capacity, recorded as {@code took_over_past_capacity}, and routing pushes them nothing
   * until they are under it again.
   */
  public AssignmentOutcome takeOver(long workspaceId, long conversationId, long userId) {
    return ownership.takeOver(workspaceId, conversationId, userId);
  }

  /** The owner (or a supervisor on their behalf) puts the conversation back in the queue. */
  public boolean release(long workspaceId, long conversationId, long ownerId) {
    return ownership.release(workspaceId, conversationId, ownerId);
  }

  /**
   * The agent asks for the next conversation: the highest-priority waiting one they are qualified
   * for, within their capacity, whatever their presence.
   */
  public AssignmentOutcome pullNext(long workspaceId, long userId) {
    return ownership.pullNext(workspaceId, userId);
  }

  /**
   * Decides whether a reply may go now: the owner may always reply; nobody else may unless they
   * take the conversation over explicitly. An unowned conversation becomes the replying agent's.
   *
   * @param userId the replying console user, or null for a workspace API token
   */
  public ReplyClaim claimForReply(
      long workspaceId, long conversationId, Long userId, boolean takeOver) {
    return ownership.claimForReply(workspaceId, conversationId, userId, takeOver);
  }

  /**
   * The SLA module tells routing the conversations' earliest running deadlines (null: none runs):
   * one read of their rows, one JDBC batch to store each deadline with the priority scored again.
   */
  public void slaDueChanged(long workspaceId, Map<Long, Instant> dueAt) {
    queue.slaDueChanged(workspaceId, dueAt);
  }

  /**
   * Puts the conversation back in the queue when its owner is away or offline (an SLA breach
   * escalates this way), unless the owner kept it when going away; returns true when it did.
   */
  public boolean releaseIfOwnerAway(long workspaceId, long conversationId) {
    return ownership.releaseIfOwnerAway(workspaceId, conversationId, "sla_breach_owner_away");
  }

  public QueueDepth queueDepth(long workspaceId) {
    return queue.depth(workspaceId);
  }

  /**
   * A page of one of the agent's queue views: active conversations, highest priority first and,
   * among equals, the oldest conversation first.
   */
  public List<QueueItem> queue(
      long workspaceId, long userId, QueueView view, int offset, int limit) {
    return queue.page(workspaceId, userId, view, offset, limit);
  }

  /**
   * How many active conversations each of the agent's queue views holds, up to {@link
   * QueueCounts#ENOUGH}.
   */
  public QueueCounts queueCounts(long workspaceId, long userId) {
    return queue.counts(workspaceId, userId);
  }

  /** The surges under way in the workspace (e.g. "cancellations ×6 in the last 30 minutes"). */
  public List<Surge> surges(long workspaceId) {
    return surges.active(workspaceId);
  }

  public SurgeMode surgeMode(long workspaceId) {
    return surges.mode(workspaceId);
  }

  /** A supervisor switches surge mode, with the reply pinned for agents while it is on. */
  public SurgeMode setSurgeMode(
      long workspaceId, boolean active, String preparedReply, String supervisor) {
    return surges.setMode(workspaceId, active, preparedReply, supervisor);
  }
}
