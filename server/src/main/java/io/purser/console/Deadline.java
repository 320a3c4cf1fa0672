package io.purser.console;

import java.time.Duration;
import java.time.Instant;

/**
 * An SLA deadline as the console shows it: a countdown that turns amber at {@code warnAt} and red
 * once {@code dueAt} has passed. The browser keeps counting; the server's status is the start.
 *
 * @param clock which clock is due: first_response, next_response, resolution, or "due" when unknown
 */
public record Deadline(String clock, Instant dueAt, Instant warnAt, String status) {

  /** Until the SLA module says otherwise, warn this long before a deadline. */
  static final Duration DEFAULT_WARNING = Duration.ofMinutes(5);

  static Deadline of(Instant dueAt, Instant now) {
    if (dueAt == null) {
      return null;
    }
    var warnAt = dueAt.minus(DEFAULT_WARNING);
    var status = now.isAfter(dueAt) ? "breached" : now.isAfter(warnAt) ? "warning" : "ok";
    return new Deadline("due", dueAt, warnAt, status);
  }
}
