package io.purser.tools;

import io.purser.routing.domain.AssignmentPolicy;
import java.time.Duration;
import java.util.List;

/** The smallest team with which Purser's policy answers a given share within the SLA. */
final class StaffingSearch {

  static final int MOST_AGENTS = 500;

  private StaffingSearch() {}

  /**
   * Tries team sizes upwards from the smallest that can keep up with the total work at all (the
   * handling time of every conversation over the time span of the arrivals): any smaller team falls
   * ever further behind, so it cannot answer most conversations within minutes.
   */
  static int agentsNeeded(SlaSimulation simulation, List<SimulatedArrival> queueable, double goal) {
    if (queueable.isEmpty()) {
      return 0;
    }
    for (int agents = lowerBound(queueable); agents <= MOST_AGENTS; agents++) {
      if (simulation.run(new AssignmentPolicy(), agents).withinShare() >= goal) {
        return agents;
      }
    }
    return -1;
  }

  static int lowerBound(List<SimulatedArrival> queueable) {
    long work = queueable.stream().mapToLong(a -> a.handling().toSeconds()).sum();
    var first = queueable.get(0).at();
    var last = queueable.get(queueable.size() - 1).at();
    long span = Math.max(1, Duration.between(first, last).toSeconds());
    return (int) Math.max(1, Math.ceil((double) work / span));
  }
}
