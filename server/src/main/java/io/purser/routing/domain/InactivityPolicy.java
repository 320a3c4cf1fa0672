package io.purser.routing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Turns an available agent who has shown no activity (no click, keystroke or reply) for longer than
 * {@code awayAfter} into an away one, so conversations are not pushed to an empty chair and their
 * open work can be redistributed. Other states are left as they are: busy is a choice the agent
 * made, and away or offline cannot become more absent.
 *
 * @param awayAfter how long an available agent may be inactive; must be positive
 */
public record InactivityPolicy(Duration awayAfter) {

  public InactivityPolicy {
    Objects.requireNonNull(awayAfter, "awayAfter is required");
    if (awayAfter.isNegative() || awayAfter.isZero()) {
      throw new IllegalArgumentException("awayAfter must be positive, not " + awayAfter);
    }
  }

  /** The presence the agent should have at {@code now}, given when they were last active. */
  public Presence presenceAt(Presence current, Instant lastActivity, Instant now) {
    Objects.requireNonNull(current, "current presence is required");
    Objects.requireNonNull(lastActivity, "lastActivity is required");
    Objects.requireNonNull(now, "now is required");
    boolean idleTooLong = Duration.between(lastActivity, now).compareTo(awayAfter) > 0;
    return current == Presence.AVAILABLE && idleTooLong ? Presence.AWAY : current;
  }
}
