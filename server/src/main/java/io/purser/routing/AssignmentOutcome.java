package io.purser.routing;

/** What came of asking for a conversation to change hands. */
public sealed interface AssignmentOutcome {

  /** The conversation now belongs to the agent (or already did). */
  record Assigned(long conversationId, long agentId) implements AssignmentOutcome {}

  /** Refused, with the reason shown to the person who asked and the HTTP status that fits it. */
  record Refused(int status, String reason) implements AssignmentOutcome {}

  /** Nothing to do: no such conversation, or nothing waiting that the agent can take. */
  record Nothing(String reason) implements AssignmentOutcome {}
}
