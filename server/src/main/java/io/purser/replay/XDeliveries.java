package io.purser.replay;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds Account Activity API deliveries ({@code for_user_id} + {@code tweet_create_events}) in the
 * shape X sends: v1.1 tweet objects whose ids travel as strings ({@code id_str}) and whose {@code
 * created_at} uses X's own date format, and whose text is HTML-escaped as X escapes it.
 */
public final class XDeliveries {

  /** X's v1.1 date format, e.g. {@code Fri Aug 21 19:10:05 +0000 2020}. */
  public static final DateTimeFormatter X_TIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private XDeliveries() {}

  /** One delivery with one tweet, as received by the subscribed account {@code accountId}. */
  public static byte[] tweetCreate(String accountId, ReplayTweet tweet) {
    var post = NODES.objectNode();
    post.put("created_at", X_TIME.format(tweet.createdAt()));
    post.put("id_str", tweet.id());
    post.put("text", XEscaping.escape(tweet.text()));
    post.put("truncated", false);
    if (tweet.inReplyToId() != null) {
      post.put("in_reply_to_status_id_str", tweet.inReplyToId());
    }
    var user = post.putObject("user");
    user.put("id_str", tweet.fromBrand() ? accountId : tweet.authorId());
    user.put("screen_name", tweet.handle());
    user.put("name", tweet.name());
    ObjectNode root = NODES.objectNode();
    root.put("for_user_id", accountId);
    root.putArray("tweet_create_events").add(post);
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }
}
