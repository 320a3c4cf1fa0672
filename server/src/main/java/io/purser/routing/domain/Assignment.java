package io.purser.routing.domain;

import java.util.Objects;

/**
 * A decision to push one conversation to one agent.
 *
 * @param conversationId the conversation
 * @param agentId the agent who takes it
 * @param reason why this agent
 */
public record Assignment(long conversationId, long agentId, Reason reason) {

  /** Why the agent was chosen. */
  public enum Reason {
    /** The agent who handled this customer before, still available: no re-reading the history. */
    PREVIOUS_AGENT,
    /** The best skill match, then the least loaded, then the longest since a last assignment. */
    BEST_MATCH,
    /** The next agent in turn with free capacity (first come, first served). */
    ROUND_ROBIN
  }

  public Assignment {
    Objects.requireNonNull(reason, "reason is required");
  }
}
