package io.purser.reply;

import io.purser.conversation.MessageView;

/** What became of an agent's reply. */
public sealed interface ReplyOutcome {

  /**
   * Stored and queued for sending. {@code repeated} is true when the same idempotency key was used
   * before: the first reply is returned and nothing new is sent.
   */
  record Queued(MessageView message, boolean repeated) implements ReplyOutcome {}

  /** The checks refused it; nothing was stored. */
  record Refused(String reason) implements ReplyOutcome {}

  /**
   * Another agent owns the conversation and the sender did not take it over: nothing was stored.
   */
  record Conflict(long ownerId, String ownerName) implements ReplyOutcome {}

  /** No such conversation in this workspace. */
  record NotFound() implements ReplyOutcome {}
}
