package io.purser.replay;

import java.time.Instant;

/**
 * A tweet of the customer-support-on-twitter threads (airline_threads.csv): a customer's post or an
 * airline care agent's reply.
 *
 * @param authorId a numeric id for customers (anonymised by the dataset), the airline's handle for
 *     its agents
 * @param inbound true when a customer wrote it
 * @param inReplyToId the tweet it answers, or null
 */
public record ThreadTweet(
    String id,
    String authorId,
    boolean inbound,
    Instant createdAt,
    String text,
    String inReplyToId) {

  /** Customers' posts stay theirs; the airline's replies become echoes of the brand's account. */
  public ReplayTweet asReplay() {
    var handle = inbound ? "customer" + authorId : authorId;
    return new ReplayTweet(id, authorId, handle, handle, text, inReplyToId, createdAt, !inbound);
  }
}
