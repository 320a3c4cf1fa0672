package io.purser.routing.agent;

import io.purser.AfterCommit;
import io.purser.routing.AssignmentOutcome;
import io.purser.routing.domain.AgentState;
import io.purser.routing.domain.AssignmentPolicy;
import io.purser.routing.domain.RoutingPolicy;
import io.purser.routing.domain.WaitingConversation;
import io.purser.routing.queue.QueueEntries;
import io.purser.routing.queue.QueueEntry;
import io.purser.routing.team.Teams;
import io.purser.triage.Intent;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pushes waiting conversations to available agents: the highest priority first, each to the best
 * agent the assignment policy finds (skills, free capacity, least loaded, sticky to the customer's
 * previous agent). It runs as soon as something changes (a customer writes, an agent becomes
 * available, a conversation ends) and every second anyway. Each assignment is its own transaction
 * under the agent's lock, so dispatchers on several nodes may plan the same move and only one
 * succeeds.
 */
@Component
public class Dispatcher implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  private static final int PLAN_SIZE = 200;

  private final RoutingPolicy policy = new AssignmentPolicy();
  private final QueueEntries queue;
  private final Agents agents;
  private final Teams teams;
  private final Assignments assignments;
  private final Clock clock;
  private final Set<Long> due = ConcurrentHashMap.newKeySet();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            var thread = new Thread(r, "routing-dispatcher");
            thread.setDaemon(true);
            return thread;
          });

  Dispatcher(QueueEntries queue, Agents agents, Teams teams, Assignments assignments, Clock clock) {
    this.queue = queue;
    this.agents = agents;
    this.teams = teams;
    this.assignments = assignments;
    this.clock = clock;
  }

  /** Dispatches the workspace once the current transaction has committed (or now, without one). */
  public void wakeAfterCommit(long workspaceId) {
    AfterCommit.run(() -> wake(workspaceId));
  }

  void wake(long workspaceId) {
    if (due.add(workspaceId)) {
      try {
        worker.execute(this::drain);
      } catch (java.util.concurrent.RejectedExecutionException stopping) {
        due.remove(workspaceId);
      }
    }
  }

  @Scheduled(
      fixedDelayString = "#{@routingSettings.dispatchInterval()}",
      initialDelayString = "PT2S")
  void tick() {
    agents.workspacesWithAvailableAgents().forEach(this::wake);
  }

  private void drain() {
    for (Long workspaceId : Set.copyOf(due)) {
      due.remove(workspaceId);
      try {
        dispatch(workspaceId);
      } catch (RuntimeException failure) {
        log.warn(
            "Dispatching workspace {} failed; the next tick tries again", workspaceId, failure);
      }
    }
  }

  /** Plans and applies one round of assignments; returns how many were made. */
  int dispatch(long workspaceId) {
    var now = clock.instant();
    var states =
        agents.all(workspaceId).stream()
            .filter(agent -> agent.presence().receivesNewWork())
            .map(agent -> state(workspaceId, agent))
            .toList();
    if (states.stream().noneMatch(AgentState::canTakeMore)) {
      return 0;
    }
    var waiting =
        queue.waitingUnassigned(workspaceId, PLAN_SIZE).stream().map(Dispatcher::waiting).toList();
    int made = 0;
    for (var planned : policy.dispatch(waiting, states, now)) {
      var outcome =
          assignments.give(
              workspaceId,
              planned.conversationId(),
              planned.agentId(),
              null,
              Assignments.Limit.PUSHED,
              "pushed");
      if (outcome instanceof AssignmentOutcome.Assigned) {
        made++;
      }
    }
    return made;
  }

  AgentState state(long workspaceId, Agents.StoredAgent agent) {
    return new AgentState(
        agent.userId(),
        agent.presence(),
        agent.capacity(),
        agent.openCount(),
        agent.languages(),
        agent.intents(),
        new HashSet<>(teams.teamsOf(workspaceId, agent.userId())),
        agent.lastAssignedAt());
  }

  static WaitingConversation waiting(QueueEntry entry) {
    Intent intent;
    try {
      var wire = entry.facts().intent();
      intent = wire == null ? Intent.OTHER : Intent.fromWireName(wire);
    } catch (IllegalArgumentException unknown) {
      intent = Intent.OTHER;
    }
    return new WaitingConversation(
        entry.conversationId(),
        entry.priority(),
        entry.facts().language(),
        intent,
        entry.previousAssigneeId(),
        entry.teamId(),
        entry.waitingSince());
  }

  @Override
  public void destroy() throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(5, TimeUnit.SECONDS);
  }
}
