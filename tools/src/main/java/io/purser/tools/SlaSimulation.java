package io.purser.tools;

import io.purser.routing.domain.AgentState;
import io.purser.routing.domain.AssignmentPolicy;
import io.purser.routing.domain.PriorityInputs;
import io.purser.routing.domain.PriorityScorer;
import io.purser.routing.domain.RoutingPolicy;
import io.purser.routing.domain.WaitingConversation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.UnaryOperator;

/**
 * A discrete-event simulation of the care team on a simulated clock: conversations arrive at their
 * real times, wait, and are pushed by a {@link RoutingPolicy} to agents (working 24/7, one
 * conversation at a time) who reply after the conversation's handling time. Priorities are
 * recomputed at every decision, so a conversation rises as its deadline approaches. The run goes on
 * until the queue drains, so every conversation is answered.
 */
final class SlaSimulation {

  /** The order both policies serve generalist agents in: priority (0 for fifo), then arrival. */
  private static final Comparator<WaitingConversation> ORDER = AssignmentPolicy.QUEUE_ORDER;

  private final List<SimulatedArrival> queueable;
  private final UnaryOperator<Instant> firstResponseDue;
  private final PriorityScorer scorer;
  private final SurgeReplay surges;

  /**
   * @param queueable the arrivals that need a response, in time order
   * @param firstResponseDue the SLA: when the first response to a message arriving at t is due
   */
  SlaSimulation(
      List<SimulatedArrival> queueable,
      UnaryOperator<Instant> firstResponseDue,
      PriorityScorer scorer,
      SurgeReplay surges) {
    this.queueable = List.copyOf(queueable);
    this.firstResponseDue = firstResponseDue;
    this.scorer = scorer;
    this.surges = surges;
  }

  PolicyOutcome run(RoutingPolicy policy, int agentCount) {
    if (agentCount < 1) {
      throw new IllegalArgumentException("the simulation needs at least one agent");
    }
    return new Run(policy, agentCount).play();
  }

  /** A conversation in the queue, with what its priority needs precomputed. */
  private record Waiting(SimulatedArrival arrival, PriorityInputs inputs, Instant due) {}

  /** An agent at work until {@code freeAt}. */
  private record Busy(Instant freeAt, int agent) {}

  private final class Run {
    private final RoutingPolicy policy;
    private final boolean ranked;
    private final AgentState[] agents;
    private final PriorityQueue<Busy> busy =
        new PriorityQueue<>((a, b) -> a.freeAt().compareTo(b.freeAt()));
    private final Map<Long, Waiting> waiting = new LinkedHashMap<>();
    private final long[] firstResponseSeconds = new long[queueable.size()];
    private final SimulationSeries series;
    private int answered;
    private int within;
    private int urgent;
    private int urgentWithin;
    private int maxWaiting;

    Run(RoutingPolicy policy, int agentCount) {
      this.policy = policy;
      this.ranked = !policy.name().equals("fifo");
      this.agents = new AgentState[agentCount];
      for (int i = 0; i < agentCount; i++) {
        agents[i] = AgentState.available(i + 1, 1);
      }
      this.series =
          new SimulationSeries(queueable.isEmpty() ? Instant.EPOCH : queueable.get(0).at());
    }

    PolicyOutcome play() {
      int next = 0;
      while (next < queueable.size() || !waiting.isEmpty()) {
        var now = nextEvent(next);
        if (now == null) {
          break; // nobody can ever take what is left: it stays unanswered
        }
        while (!busy.isEmpty() && !busy.peek().freeAt().isAfter(now)) {
          int agent = busy.poll().agent();
          agents[agent] = agents[agent].withRelease();
        }
        while (next < queueable.size() && !queueable.get(next).at().isAfter(now)) {
          enqueue(queueable.get(next++));
        }
        maxWaiting = Math.max(maxWaiting, waiting.size());
        series.waiting(now, waiting.size());
        if (!waiting.isEmpty() && Arrays.stream(agents).anyMatch(AgentState::canTakeMore)) {
          dispatch(now);
        }
      }
      return outcome();
    }

    private Instant nextEvent(int next) {
      Instant arrival = next < queueable.size() ? queueable.get(next).at() : null;
      Instant free = busy.isEmpty() ? null : busy.peek().freeAt();
      if (arrival == null) {
        return free;
      }
      return free == null || arrival.isBefore(free) ? arrival : free;
    }

    private void enqueue(SimulatedArrival arrival) {
      var due = firstResponseDue.apply(arrival.at());
      var inputs = PriorityInputs.of(arrival.triage(), true, arrival.at()).withSlaDueAt(due);
      waiting.put(arrival.id(), new Waiting(arrival, inputs, due));
    }

    /**
     * Offers the policy the conversations it would pick first, as many as there are free agents:
     * every simulated agent is a generalist with capacity 1, so any conversation suits any free
     * agent and the policy's choice among the whole queue is among these. This keeps a decision
     * linear in the queue's length (the queue reaches thousands with small teams).
     */
    private void dispatch(Instant now) {
      int free = (int) Arrays.stream(agents).filter(AgentState::canTakeMore).count();
      boolean surgeMode = ranked && surges.anyActiveAt(now);
      var candidates = new PriorityQueue<WaitingConversation>(ORDER.reversed());
      for (var w : waiting.values()) {
        int priority = ranked ? scorer.points(w.inputs().withSurgeMode(surgeMode), now) : 0;
        candidates.add(conversation(w, priority));
        if (candidates.size() > free) {
          candidates.poll();
        }
        if (!ranked && candidates.size() == free) {
          break; // the queue is in arrival order: the first ones are fifo's choice
        }
      }
      for (var assignment : policy.dispatch(new ArrayList<>(candidates), List.of(agents), now)) {
        int agent = (int) assignment.agentId() - 1;
        agents[agent] = agents[agent].withAssignment(now);
        answer(waiting.remove(assignment.conversationId()), now, agent);
      }
    }

    private WaitingConversation conversation(Waiting w, int priority) {
      var triage = w.arrival().triage();
      return new WaitingConversation(
          w.arrival().id(),
          priority,
          triage.language(),
          triage.intent(),
          null,
          null,
          w.arrival().at());
    }

    private void answer(Waiting w, Instant now, int agent) {
      var repliedAt = now.plus(w.arrival().handling());
      busy.add(new Busy(repliedAt, agent));
      boolean inTime = !repliedAt.isAfter(w.due());
      firstResponseSeconds[answered++] =
          repliedAt.getEpochSecond() - w.arrival().at().getEpochSecond();
      within += inTime ? 1 : 0;
      if (w.arrival().urgent()) {
        urgent++;
        urgentWithin += inTime ? 1 : 0;
      }
      series.answered(w.arrival().at(), inTime);
    }

    private PolicyOutcome outcome() {
      var sorted = Arrays.copyOf(firstResponseSeconds, answered);
      Arrays.sort(sorted);
      return new PolicyOutcome(
          policy.name(),
          agents.length,
          queueable.size(),
          urgent,
          answered,
          within,
          urgentWithin,
          percentile(sorted, 0.50) / 60.0,
          percentile(sorted, 0.90) / 60.0,
          (sorted.length == 0 ? 0 : sorted[sorted.length - 1]) / 60.0,
          maxWaiting,
          series);
    }
  }

  /** Nearest-rank percentile; 0 for no values. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
