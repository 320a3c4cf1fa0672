package io.purser.sla;

import java.time.Instant;

/** The past-tense facts the SLA module publishes, for the console and for supervisors. */
public final class SlaEvents {

  private SlaEvents() {}

  /**
   * A clock will breach soon.
   *
   * @param clock first_response, next_response or resolution
   */
  public record SlaWarning(
      long workspaceId, long conversationId, String clock, Instant dueAt, Instant at) {}

  /**
   * A clock breached; {@code escalation} says what was done (supervisors notified, priority raised,
   * reassigned because the owner was away).
   */
  public record SlaBreached(
      long workspaceId,
      long conversationId,
      String clock,
      Instant dueAt,
      Instant at,
      String escalation) {}
}
