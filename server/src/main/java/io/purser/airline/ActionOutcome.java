package io.purser.airline;

/** What became of an agent's action request. */
public sealed interface ActionOutcome {

  /**
   * Stored, and run as far as it goes: {@code status} is 201 (done now), 200 (a repeat, or partial:
   * see the view's status) or 202 (waiting for a supervisor).
   */
  record Recorded(BookingActionView action, int status) implements ActionOutcome {}

  /** Stored, but its first step failed: nothing changed yet; it can be retried. */
  record Failed(BookingActionView action, int status) implements ActionOutcome {}

  /** Not stored: the request was wrong, not allowed, or about something that does not exist. */
  record Refused(int status, String title, String detail) implements ActionOutcome {}
}
