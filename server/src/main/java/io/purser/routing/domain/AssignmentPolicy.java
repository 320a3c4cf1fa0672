package io.purser.routing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Purser's push assignment: the highest priority first (ties: the longest waiting), each to the
 * best eligible agent. Eligible means available, below capacity, speaking the customer's language,
 * handling the intent and in the conversation's team. Among them the previous agent of the customer
 * wins (sticky routing: no re-reading the history); otherwise the most specific skill match, then
 * the least loaded (open / capacity), then the one who waited longest since a last assignment.
 */
public final class AssignmentPolicy implements RoutingPolicy {

  public static final String NAME = "purser";

  /** Highest priority first, then the longest waiting, then the lowest id (a stable order). */
  public static final Comparator<WaitingConversation> QUEUE_ORDER =
      Comparator.comparingInt(WaitingConversation::priority)
          .reversed()
          .thenComparing(WaitingConversation::waitingSince)
          .thenComparingLong(WaitingConversation::conversationId);

  private static final Comparator<AgentState> NEVER_FIRST =
      Comparator.comparing(
          AgentState::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()));

  @Override
  public String name() {
    return NAME;
  }

  /** The agent who should take {@code conversation} now, or empty when nobody eligible is free. */
  public Optional<Long> bestAgent(WaitingConversation conversation, Collection<AgentState> agents) {
    return choose(conversation, new Roster(agents).agents()).map(Assignment::agentId);
  }

  @Override
  public List<Assignment> dispatch(
      List<WaitingConversation> waiting, List<AgentState> agents, Instant now) {
    return Roster.dispatch(waiting, agents, now, QUEUE_ORDER, this::choose);
  }

  private Optional<Assignment> choose(
      WaitingConversation conversation, Collection<AgentState> agents) {
    Objects.requireNonNull(conversation, "conversation is required");
    var eligible =
        agents.stream().filter(a -> a.canTakeMore() && a.qualifiesFor(conversation)).toList();
    var previous = conversation.previousAgentId();
    for (var agent : eligible) {
      if (previous != null && agent.agentId() == previous) {
        return Optional.of(
            new Assignment(
                conversation.conversationId(), agent.agentId(), Assignment.Reason.PREVIOUS_AGENT));
      }
    }
    Comparator<AgentState> best =
        Comparator.<AgentState>comparingInt(a -> -a.skillMatch(conversation))
            .thenComparingDouble(AgentState::load)
            .thenComparing(NEVER_FIRST)
            .thenComparingLong(AgentState::agentId);
    return eligible.stream()
        .min(best)
        .map(
            a ->
                new Assignment(
                    conversation.conversationId(), a.agentId(), Assignment.Reason.BEST_MATCH));
  }
}
