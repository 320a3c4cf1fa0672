package io.purser.routing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * First come, first served, round robin: the longest-waiting conversation goes to the next agent in
 * turn (the available one with free capacity whose last assignment is the oldest). Priority and
 * skills are ignored, as in the round-robin routing of common help desks; it exists so the
 * simulator can measure what Purser's policy gains over it.
 */
public final class RoundRobinPolicy implements RoutingPolicy {

  public static final String NAME = "fifo";

  /** The longest waiting first, then the lowest id. */
  public static final Comparator<WaitingConversation> ARRIVAL_ORDER =
      Comparator.comparing(WaitingConversation::waitingSince)
          .thenComparingLong(WaitingConversation::conversationId);

  private static final Comparator<AgentState> NEXT_IN_TURN =
      Comparator.comparing(
              AgentState::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
          .thenComparingLong(AgentState::agentId);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Assignment> dispatch(
      List<WaitingConversation> waiting, List<AgentState> agents, Instant now) {
    return Roster.dispatch(waiting, agents, now, ARRIVAL_ORDER, RoundRobinPolicy::nextInTurn);
  }

  private static Optional<Assignment> nextInTurn(
      WaitingConversation conversation, Collection<AgentState> agents) {
    return agents.stream()
        .filter(AgentState::canTakeMore)
        .min(NEXT_IN_TURN)
        .map(
            agent ->
                new Assignment(
                    conversation.conversationId(), agent.agentId(), Assignment.Reason.ROUND_ROBIN));
  }
}
