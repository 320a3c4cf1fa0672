package io.purser.routing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The agents during one dispatch: each assignment updates the agent's load, so the next decision
 * sees it. Checks the inputs a policy must not trust: duplicate agents or conversations.
 */
final class Roster {

  private final Map<Long, AgentState> agents = new LinkedHashMap<>();
  private int decided;

  Roster(Collection<AgentState> states) {
    for (var agent : states) {
      Objects.requireNonNull(agent, "agent states cannot contain null");
      if (agents.put(agent.agentId(), agent) != null) {
        throw new IllegalArgumentException("agent " + agent.agentId() + " is listed twice");
      }
    }
  }

  /**
   * One dispatch: the conversations in {@code order}, each offered to the agents as the earlier
   * assignments left them, until nobody is free; a conversation nobody suits stays waiting.
   */
  static List<Assignment> dispatch(
      List<WaitingConversation> waiting,
      List<AgentState> agents,
      Instant now,
      Comparator<WaitingConversation> order,
      BiFunction<WaitingConversation, Collection<AgentState>, Optional<Assignment>> choose) {
    Objects.requireNonNull(now, "now is required");
    var roster = new Roster(agents);
    var queue = distinct(waiting);
    queue.sort(order);
    var assignments = new ArrayList<Assignment>();
    for (var conversation : queue) {
      if (!roster.anyoneFree()) {
        break;
      }
      choose
          .apply(conversation, roster.agents())
          .ifPresent(
              assignment -> {
                assignments.add(assignment);
                roster.assign(assignment.agentId(), now);
              });
    }
    return assignments;
  }

  Collection<AgentState> agents() {
    return agents.values();
  }

  boolean anyoneFree() {
    return agents.values().stream().anyMatch(AgentState::canTakeMore);
  }

  /**
   * Records one more conversation for the agent. Decisions of one dispatch share {@code now}, so
   * each is stamped a nanosecond after the previous one: the order in which agents were served
   * stays visible to the "longest since the last assignment" rule.
   */
  void assign(long agentId, Instant now) {
    var at = now.plusNanos(decided++);
    agents.computeIfPresent(agentId, (id, agent) -> agent.withAssignment(at));
  }

  /** The conversations, refusing a conversation listed twice: it would reach two agents. */
  static List<WaitingConversation> distinct(List<WaitingConversation> waiting) {
    var seen = new HashSet<Long>();
    var copy = new ArrayList<WaitingConversation>(waiting.size());
    for (var conversation : waiting) {
      Objects.requireNonNull(conversation, "waiting conversations cannot contain null");
      if (!seen.add(conversation.conversationId())) {
        throw new IllegalArgumentException(
            "conversation " + conversation.conversationId() + " is listed twice");
      }
      copy.add(conversation);
    }
    return copy;
  }
}
