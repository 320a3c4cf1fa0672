package io.purser.routing;

import io.purser.routing.domain.Surge;
import java.time.Instant;

/** The past-tense facts the routing module publishes. */
public final class RoutingEvents {

  private RoutingEvents() {}

  /**
   * A conversation changed hands.
   *
   * @param from the previous owner, or null when it came from the queue
   * @param to the new owner, or null when it went back to the queue
   * @param reason {@code pushed}, {@code pulled}, {@code took_over}, {@code
   *     took_over_past_capacity}, {@code assigned_by_supervisor}, {@code released}, {@code
   *     owner_away}, {@code replied}, {@code reply_failed} (given back to its last owner when a
   *     reply failed)
   */
  public record ConversationAssigned(
      long workspaceId, long conversationId, Long from, Long to, String reason, Instant at) {}

  /** An agent's presence changed (by the agent, a supervisor, or inactivity). */
  public record PresenceChanged(
      long workspaceId, long userId, String from, String to, String reason, Instant at) {}

  /**
   * An agent's capacity, languages or topics were changed: what the workspace serves (triage
   * answers only the languages someone speaks) may have changed with them.
   */
  public record AgentSkillsChanged(long workspaceId, long userId) {}

  /** A conversation's priority was computed again. */
  public record PriorityChanged(long workspaceId, long conversationId, int priority, String band) {}

  /** A surge started or ended in a workspace (e.g. "cancellations ×6 in the last 30 minutes"). */
  public record SurgeChanged(long workspaceId, Surge surge, boolean started, Instant at) {}
}
