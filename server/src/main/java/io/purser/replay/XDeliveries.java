package io.purser.replay;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

  /** A person in a delivery's {@code users} map; handle and name may be null. */
  public record XUser(String id, String handle, String name) {}

  /**
   * One delivery with one text direct message ({@code direct_message_events}, type {@code
   * message_create}), as received by the subscribed account {@code accountId}: from a customer to
   * the account, or the account's own message (its echo) to a customer. The {@code users} map names
   * both where they are known.
   */
  public static byte[] directMessage(
      String accountId, String eventId, Instant at, XUser sender, XUser recipient, String text) {
    ObjectNode root = NODES.objectNode();
    root.put("for_user_id", accountId);
    var event = root.putArray("direct_message_events").addObject();
    event.put("type", "message_create");
    event.put("id", eventId);
    event.put("created_timestamp", Long.toString(at.toEpochMilli()));
    var create = event.putObject("message_create");
    create.putObject("target").put("recipient_id", recipient.id());
    create.put("sender_id", sender.id());
    create.putObject("message_data").put("text", text);
    var users = root.putObject("users");
    for (var user : new XUser[] {sender, recipient}) {
      if (user.handle() != null) {
        var node =
            users.putObject(user.id()).put("id", user.id()).put("screen_name", user.handle());
        node.put("name", user.name() == null ? user.handle() : user.name());
      }
    }
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }
}
