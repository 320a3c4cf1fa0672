package io.purser.routing.domain;

import java.time.Instant;

/** A change in the surges under way, reported by {@link SurgeDetector}. */
public sealed interface SurgeEvent {

  Surge surge();

  /** A surge began: tell the supervisors, consider surge mode. */
  record SurgeStarted(Surge surge) implements SurgeEvent {}

  /** A surge is over: its volume fell back near the baseline at {@code endedAt}. */
  record SurgeEnded(Surge surge, Instant endedAt) implements SurgeEvent {}
}
