package io.purser.routing.agent;

import io.purser.routing.RoutingSettings;
import io.purser.routing.domain.InactivityPolicy;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every request of a console user counts as activity ({@link AgentActivity}); an available agent
 * without any for {@code purser.routing.away-after} is set away, and their conversations go back to
 * the queue.
 */
@Component
public class Inactivity {

  private final Agents agents;
  private final Staffing staffing;
  private final RoutingSettings settings;
  private final Clock clock;

  Inactivity(Agents agents, Staffing staffing, RoutingSettings settings, Clock clock) {
    this.agents = agents;
    this.staffing = staffing;
    this.settings = settings;
    this.clock = clock;
  }

  /** Sets the inactive agents away, each in a transaction of its own; returns how many. */
  public int setInactiveAgentsAway() {
    var now = clock.instant();
    var inactivity = new InactivityPolicy(settings.awayAfter());
    int changed = 0;
    for (var agent : agents.inactiveSince(now.minus(settings.awayAfter()))) {
      var presence = inactivity.presenceAt(agent.presence(), agent.lastActiveAt(), now);
      if (presence != agent.presence()) {
        staffing.setPresence(agent.workspaceId(), agent.userId(), presence, "inactive", Set.of());
        changed++;
      }
    }
    return changed;
  }
}
