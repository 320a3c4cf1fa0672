package io.purser.routing;

import io.purser.routing.domain.InactivityPolicy;
import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What routing does as time passes: waiting conversations are scored again (their SLA deadline
 * comes closer, so their priority rises), and available agents who have been inactive too long are
 * set away, their conversations going back to the queue.
 */
@Component
class RoutingSweeper {

  private static final int BATCH = 500;
  private static final Duration RESCORE_AFTER = Duration.ofSeconds(10);

  private final QueueEntries queue;
  private final Agents agents;
  private final Prioritiser prioritiser;
  private final RoutingManagement routing;
  private final RoutingSettings settings;
  private final Clock clock;

  RoutingSweeper(
      QueueEntries queue,
      Agents agents,
      Prioritiser prioritiser,
      RoutingManagement routing,
      RoutingSettings settings,
      Clock clock) {
    this.queue = queue;
    this.agents = agents;
    this.prioritiser = prioritiser;
    this.routing = routing;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT5S")
  void sweep() {
    rescore();
    setInactiveAgentsAway();
  }

  /** Scores again the waiting conversations not scored in the last 10 seconds. */
  int rescore() {
    var now = clock.instant();
    int rescored = 0;
    for (var entry : queue.waiting(BATCH)) {
      if (entry.priorityAt() != null && entry.priorityAt().plus(RESCORE_AFTER).isAfter(now)) {
        break;
      }
      try {
        prioritiser.refresh(entry, now);
        rescored++;
      } catch (DataAccessException busy) {
        // The pipeline holds this row in its transaction right now (and scores it itself): the
        // next sweep takes it. One busy row must not stop the others from being scored.
      }
    }
    return rescored;
  }

  int setInactiveAgentsAway() {
    var now = clock.instant();
    var inactivity = new InactivityPolicy(settings.awayAfter());
    int changed = 0;
    for (var agent : agents.inactiveSince(now.minus(settings.awayAfter()))) {
      var presence = inactivity.presenceAt(agent.presence(), agent.lastActiveAt(), now);
      if (presence != agent.presence()) {
        routing.setPresence(agent.workspaceId(), agent.userId(), presence, "inactive");
        changed++;
      }
    }
    return changed;
  }
}
