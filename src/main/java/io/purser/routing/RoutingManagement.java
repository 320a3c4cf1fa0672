package io.purser.routing;

import io.purser.identity.AuditedChange;
import io.purser.routing.RoutingEvents.PresenceChanged;
import io.purser.routing.domain.AgentState;
import io.purser.routing.domain.AssignmentPolicy;
import io.purser.routing.domain.Presence;
import io.purser.triage.Intent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing module's API: agents' presence, capacity and skills; who owns a conversation and how
 * it changes hands (pushed, pulled, taken over, reassigned, released); each conversation's priority
 * with its reasons; and the claim that keeps two agents from answering the same customer.
 */
@Service
public class RoutingManagement {

  private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

  private final Agents agents;
  private final QueueEntries queue;
  private final Assignments assignments;
  private final Dispatcher dispatcher;
  private final Prioritiser prioritiser;
  private final QueueViews views;
  private final RoutingSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Map<Long, Instant> lastTouch = new ConcurrentHashMap<>();

  RoutingManagement(
      Agents agents,
      QueueEntries queue,
      Assignments assignments,
      Dispatcher dispatcher,
      Prioritiser prioritiser,
      QueueViews views,
      RoutingSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.agents = agents;
    this.queue = queue;
    this.assignments = assignments;
    this.dispatcher = dispatcher;
    this.prioritiser = prioritiser;
    this.views = views;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
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

  @Transactional
  public Optional<AgentView> setPresence(
      long workspaceId, long userId, Presence presence, String reason) {
    var now = clock.instant();
    if (!agents.ensure(workspaceId, userId, settings.defaultCapacity(), now)) {
      return Optional.empty();
    }
    var before = agents.setPresence(workspaceId, userId, presence, now).orElseThrow();
    if (before != presence) {
      events.publishEvent(
          new PresenceChanged(
              workspaceId, userId, Agents.wire(before), Agents.wire(presence), reason, now));
    }
    if (presence.redistributesOpenWork()) {
      assignments.releaseAll(workspaceId, userId, "owner_" + Agents.wire(presence));
    }
    dispatcher.wakeAfterCommit(workspaceId);
    return agent(workspaceId, userId);
  }

  /** Notes that the user did something, at most every 30 seconds (inactivity makes them away). */
  public void touch(long workspaceId, long userId) {
    var now = clock.instant();
    var previous = lastTouch.get(userId);
    if (previous != null && previous.plus(TOUCH_EVERY).isAfter(now)) {
      return;
    }
    lastTouch.put(userId, now);
    agents.touch(workspaceId, userId, now);
  }

  /**
   * The agent's presence ({@code available}, {@code busy}, {@code away} or {@code offline}) without
   * the rest of {@link #agent}: empty when the user is not an agent of the workspace (a missing
   * agent row is created, as {@link #agent} does).
   */
  public Optional<String> presence(long workspaceId, long userId) {
    var presence = agents.presence(workspaceId, userId);
    if (presence.isEmpty()
        && agents.ensure(workspaceId, userId, settings.defaultCapacity(), clock.instant())) {
      presence = agents.presence(workspaceId, userId);
    }
    return presence.map(Agents::wire);
  }

  public Optional<AgentView> agent(long workspaceId, long userId) {
    agents.ensure(workspaceId, userId, settings.defaultCapacity(), clock.instant());
    return agents.find(workspaceId, userId).map(RoutingManagement::view);
  }

  public List<AgentView> agents(long workspaceId) {
    return agents.all(workspaceId).stream().map(RoutingManagement::view).toList();
  }

  @Transactional
  public Optional<AgentView> updateAgent(
      long workspaceId, long userId, int capacity, Set<String> languages, Set<Intent> intents) {
    if (capacity < 0 || capacity > 1000) {
      throw new IllegalArgumentException("capacity must be between 0 and 1000");
    }
    if (!agents.ensure(workspaceId, userId, settings.defaultCapacity(), clock.instant())) {
      return Optional.empty();
    }
    var before = agent(workspaceId, userId).orElse(null);
    agents.updateSkills(workspaceId, userId, capacity, languages, intents);
    dispatcher.wakeAfterCommit(workspaceId);
    var after = agent(workspaceId, userId);
    events.publishEvent(
        new AuditedChange("agent.update", "agent", userId, before, after.orElse(null)));
    return after;
  }

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
                        : agents
                            .find(workspaceId, entry.assigneeId())
                            .map(Agents.StoredAgent::displayName)
                            .orElse(null),
                    entry.assignedAt(),
                    entry.slaDueAt()));
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
    var owner = queue.find(workspaceId, conversationId).map(QueueEntries.Entry::assigneeId);
    return assignments.give(
        workspaceId, conversationId, agentId, owner.orElse(null), false, "assigned_by_supervisor");
  }

  /** An agent explicitly takes the conversation over from whoever owns it. */
  public AssignmentOutcome takeOver(long workspaceId, long conversationId, long userId) {
    var owner = queue.find(workspaceId, conversationId).map(QueueEntries.Entry::assigneeId);
    return assignments.give(
        workspaceId, conversationId, userId, owner.orElse(null), false, "took_over");
  }

  /** The owner (or a supervisor on their behalf) puts the conversation back in the queue. */
  public boolean release(long workspaceId, long conversationId, long ownerId) {
    boolean released = assignments.release(workspaceId, conversationId, ownerId, "released");
    if (released) {
      dispatcher.wakeAfterCommit(workspaceId);
    }
    return released;
  }

  /**
   * The agent asks for the next conversation: the highest-priority waiting one they are qualified
   * for, within their capacity, whatever their presence.
   */
  @Transactional
  public AssignmentOutcome pullNext(long workspaceId, long userId) {
    var now = clock.instant();
    if (!agents.ensure(workspaceId, userId, settings.defaultCapacity(), now)) {
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
    var stored = dispatcher.state(workspaceId, agent);
    var asIfAvailable =
        new AgentState(
            stored.agentId(),
            Presence.AVAILABLE,
            stored.capacity(),
            stored.openCount(),
            stored.languages(),
            stored.intents(),
            stored.teamIds(),
            stored.lastAssignedAt());
    var policy = new AssignmentPolicy();
    for (var entry : queue.waitingUnassigned(workspaceId, 100)) {
      var waiting = Dispatcher.waiting(entry);
      if (policy.bestAgent(waiting, List.of(asIfAvailable)).isEmpty()) {
        continue;
      }
      var outcome =
          assignments.give(workspaceId, entry.conversationId(), userId, null, false, "pulled");
      if (outcome instanceof AssignmentOutcome.Assigned) {
        return outcome;
      }
    }
    return new AssignmentOutcome.Nothing("Nothing is waiting that you can take");
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
    Long owner = entry.map(QueueEntries.Entry::assigneeId).orElse(null);
    if (owner != null && owner.equals(userId)) {
      return new ReplyClaim.Granted();
    }
    if (owner != null && !takeOver) {
      return new ReplyClaim.HeldBy(
          owner,
          agents
              .find(workspaceId, owner)
              .map(Agents.StoredAgent::displayName)
              .orElse("another agent"));
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
            false,
            owner == null ? "replied" : "took_over");
    if (outcome instanceof AssignmentOutcome.Refused refused && owner != null) {
      var current = queue.find(workspaceId, conversationId).map(QueueEntries.Entry::assigneeId);
      if (current.isPresent() && !current.get().equals(userId)) {
        return new ReplyClaim.HeldBy(
            current.get(),
            agents
                .find(workspaceId, current.get())
                .map(Agents.StoredAgent::displayName)
                .orElse("another agent"));
      }
    }
    // An agent at capacity may still answer an unowned conversation; it stays in the queue.
    return new ReplyClaim.Granted();
  }

  /**
   * The SLA module tells routing the conversations' earliest running deadlines (null: none runs):
   * one read of their rows, one JDBC batch to store each deadline with the priority scored again.
   */
  @Transactional
  public void slaDueChanged(long workspaceId, Map<Long, Instant> dueAt) {
    if (dueAt.isEmpty()) {
      return;
    }
    var now = clock.instant();
    var rows = new ArrayList<QueueEntries.Written>(dueAt.size());
    for (var entry : queue.lockAll(workspaceId, dueAt.keySet()).values()) {
      var moved = entry.withSlaDueAt(dueAt.get(entry.conversationId()));
      rows.add(new QueueEntries.Written(moved, prioritiser.score(moved, now), now, null));
    }
    queue.setSlaDueAll(rows);
  }

  /**
   * Puts the conversation back in the queue when its owner is away or offline (an SLA breach
   * escalates this way); returns true when it did.
   */
  @Transactional
  public boolean releaseIfOwnerAway(long workspaceId, long conversationId) {
    var entry = queue.find(workspaceId, conversationId);
    if (entry.isEmpty() || entry.get().assigneeId() == null) {
      return false;
    }
    long owner = entry.get().assigneeId();
    var away =
        agents
            .find(workspaceId, owner)
            .map(agent -> agent.presence().redistributesOpenWork())
            .orElse(false);
    if (!away) {
      return false;
    }
    boolean released =
        assignments.release(workspaceId, conversationId, owner, "sla_breach_owner_away");
    if (released) {
      dispatcher.wakeAfterCommit(workspaceId);
    }
    return released;
  }

  /** How many unowned conversations wait, and since when the oldest has waited. */
  public record QueueDepth(long waiting, Instant oldestSince) {}

  public QueueDepth queueDepth(long workspaceId) {
    var depth = queue.depth(workspaceId);
    return new QueueDepth(depth.waiting(), depth.oldestSince());
  }

  /**
   * A page of one of the agent's queue views: active conversations, highest priority first and,
   * among equals, the oldest conversation first.
   */
  public List<QueueItem> queue(
      long workspaceId, long userId, QueueView view, int offset, int limit) {
    return views.page(workspaceId, userId, view, offset, limit);
  }

  /**
   * How many active conversations each of the agent's queue views holds, up to {@link
   * QueueCounts#ENOUGH}.
   */
  public QueueCounts queueCounts(long workspaceId, long userId) {
    int most = QueueCounts.ENOUGH;
    return new QueueCounts(
        views.count(workspaceId, userId, QueueView.MINE, most),
        views.count(workspaceId, userId, QueueView.TEAM, most),
        views.count(workspaceId, userId, QueueView.UNASSIGNED, most),
        views.count(workspaceId, userId, QueueView.ALL, most));
  }

  private static List<String> reasons(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    return List.of(stored.split(", "));
  }

  private static AgentView view(Agents.StoredAgent a) {
    return new AgentView(
        a.userId(),
        a.displayName(),
        Agents.wire(a.presence()),
        a.presenceSince(),
        a.lastActiveAt(),
        a.capacity(),
        a.openCount(),
        a.languages(),
        a.intents().stream().map(Intent::wireName).collect(java.util.stream.Collectors.toSet()));
  }
}
