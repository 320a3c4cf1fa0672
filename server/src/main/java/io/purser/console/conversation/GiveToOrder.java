package io.purser.console.conversation;

import io.purser.routing.RoutingManagement.AgentView;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a supervisor's "Give to" list: the agents at work first (available, then busy),
 * those away or offline last; among equals the least loaded first, then by name. A conversation
 * given to an offline agent waits unseen, so the list never starts with one.
 */
final class GiveToOrder {

  private static final List<String> PRESENCES = List.of("available", "busy", "away", "offline");

  private static final Comparator<AgentView> ORDER =
      Comparator.comparingInt(GiveToOrder::presenceRank)
          .thenComparingDouble(GiveToOrder::load)
          .thenComparingInt(AgentView::open)
          .thenComparing(AgentView::name, String.CASE_INSENSITIVE_ORDER);

  private GiveToOrder() {}

  static List<AgentView> sorted(List<AgentView> agents) {
    return agents.stream().sorted(ORDER).toList();
  }

  /** Whether the agent is at work (available or busy): the list marks the others. */
  static boolean atWork(AgentView agent) {
    return presenceRank(agent) < 2;
  }

  private static int presenceRank(AgentView agent) {
    int rank = PRESENCES.indexOf(agent.presence());
    return rank < 0 ? PRESENCES.size() : rank;
  }

  /** Open conversations per unit of capacity; an agent with no capacity counts as full. */
  private static double load(AgentView agent) {
    return agent.capacity() <= 0 ? Double.MAX_VALUE : (double) agent.open() / agent.capacity();
  }
}
