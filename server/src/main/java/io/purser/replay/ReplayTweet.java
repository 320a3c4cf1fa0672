package io.purser.replay;

import java.time.Instant;

/**
 * One post to replay through the X webhook, whatever dataset it came from.
 *
 * @param id the tweet id ({@code id_str})
 * @param authorId the author's X user id; ignored for the brand's own posts, which the replay
 *     attributes to the subscribed account
 * @param text what the customer wrote (the datasets' HTML escaping undone; {@link XDeliveries}
 *     escapes it again as X does)
 * @param inReplyToId the post it answers, or null
 * @param fromBrand true for the airline's own replies: they arrive as echoes of the account
 */
public record ReplayTweet(
    String id,
    String authorId,
    String handle,
    String name,
    String text,
    String inReplyToId,
    Instant createdAt,
    boolean fromBrand) {

  /** The same post under another id, so one dataset row can be sent many times as new posts. */
  public ReplayTweet withId(String newId) {
    return new ReplayTweet(newId, authorId, handle, name, text, inReplyToId, createdAt, fromBrand);
  }
}
