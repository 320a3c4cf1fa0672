package io.purser.conversation;

/** What became of an incoming message. */
public sealed interface RecordOutcome {

  /** Stored in this conversation. */
  record Recorded(long messageId, long conversationId, boolean newConversation)
      implements RecordOutcome {}

  /** We have it already (a redelivery, or the echo of our own reply): nothing changed. */
  record Duplicate(long messageId) implements RecordOutcome {}

  /**
   * Stored, but its conversation is not known yet (a brand reply whose parent has not arrived); it
   * joins the parent's conversation when the parent arrives.
   */
  record Held(long messageId) implements RecordOutcome {}

  /** A post by the brand itself that starts no conversation; kept so replies to it are known. */
  record BrandPost(long messageId) implements RecordOutcome {}
}
