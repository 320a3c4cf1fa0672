package io.purser.tools;

import io.purser.triage.TriageResult;
import io.purser.triage.UrgencyLevel;
import java.time.Duration;
import java.time.Instant;

/**
 * One tweet of the replayed dataset as the simulator sees it: when it arrived, what the real triage
 * made of it, what the human labellers said (only to check the surge detector) and how long an
 * agent needs for its first reply.
 *
 * @param id a sequence number, the conversation id in the simulation
 * @param labelledCancellation whether the labellers gave "Cancelled Flight" as the negative reason
 */
record SimulatedArrival(
    long id,
    String tweetId,
    Instant at,
    TriageResult triage,
    boolean labelledCancellation,
    Duration handling) {

  boolean needsResponse() {
    return triage.needsResponse();
  }

  /**
   * Urgent = triage's urgency is high (about to fly, stranded, at the airport, missed connection).
   */
  boolean urgent() {
    return triage.urgency().level() == UrgencyLevel.HIGH;
  }
}
