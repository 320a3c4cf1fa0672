package io.purser.testing;

import io.purser.replay.XEscaping;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds webhook deliveries in the networks' documented shapes (the fixtures in
 * src/test/resources/fixtures/wire), with the ids and texts a test needs.
 */
public final class Payloads {

  private static final DateTimeFormatter X_TIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Payloads() {}

  /** An Account Activity API delivery with one tweet. */
  public static byte[] xTweet(
      String forUserId,
      String tweetId,
      String authorId,
      String authorHandle,
      String text,
      String inReplyToTweetId,
      Instant createdAt) {
    var tweet = NODES.objectNode();
    tweet.put("created_at", X_TIME.format(createdAt));
    tweet.put("id_str", tweetId);
    // X sends a post's text HTML-escaped; the parser reads back what the customer wrote.
    tweet.put("text", XEscaping.escape(text));
    tweet.put("truncated", false);
    if (inReplyToTweetId != null) {
      tweet.put("in_reply_to_status_id_str", inReplyToTweetId);
    }
    var user = tweet.putObject("user");
    user.put("id_str", authorId);
    user.put("screen_name", authorHandle);
    user.put("name", authorHandle);
    var root = NODES.objectNode();
    root.put("for_user_id", forUserId);
    root.putArray("tweet_create_events").add(tweet);
    return bytes(root);
  }

  /** An Account Activity API delivery with one direct message. */
  public static byte[] xDirectMessage(
      String forUserId,
      String eventId,
      String senderId,
      String recipientId,
      String text,
      Instant at) {
    var root = NODES.objectNode();
    root.put("for_user_id", forUserId);
    var event = root.putArray("direct_message_events").addObject();
    event.put("type", "message_create");
    event.put("id", eventId);
    event.put("created_timestamp", Long.toString(at.toEpochMilli()));
    var create = event.putObject("message_create");
    create.putObject("target").put("recipient_id", recipientId);
    create.put("sender_id", senderId);
    create.putObject("message_data").put("text", text);
    ObjectNode users = root.putObject("users");
    users
        .putObject(senderId)
        .put("id", senderId)
        .put("screen_name", "user" + senderId)
        .put("name", "User " + senderId);
    users
        .putObject(recipientId)
        .put("id", recipientId)
        .put("screen_name", "brand" + recipientId)
        .put("name", "Brand");
    return bytes(root);
  }

  /** An Account Activity API direct message with a photo, as X sends a DM with an image. */
  public static byte[] xDirectMessageWithPhoto(
      String forUserId,
      String eventId,
      String senderId,
      String recipientId,
      String text,
      String mediaUrl,
      Instant at) {
    var root =
        (ObjectNode)
            Api.JSON.readTree(xDirectMessage(forUserId, eventId, senderId, recipientId, text, at));
    var data =
        (ObjectNode)
            root.path("direct_message_events").get(0).path("message_create").path("message_data");
    var media = data.putObject("attachment").put("type", "media").putObject("media");
    media.put("id_str", eventId + "1");
    media.put("media_url_https", mediaUrl);
    media.put("type", "photo");
    return bytes(root);
  }

  /** A Messenger delivery with one text message from a customer to the page. */
  public static byte[] messengerText(
      String pageId, String senderId, String mid, String text, Instant at) {
    var root = NODES.objectNode();
    root.put("object", "page");
    var entry = root.putArray("entry").addObject();
    entry.put("id", pageId);
    entry.put("time", at.toEpochMilli());
    var messaging = entry.putArray("messaging").addObject();
    messaging.putObject("sender").put("id", senderId);
    messaging.putObject("recipient").put("id", pageId);
    messaging.put("timestamp", at.toEpochMilli());
    messaging.putObject("message").put("mid", mid).put("text", text);
    return bytes(root);
  }

  private static byte[] bytes(ObjectNode node) {
    return node.toString().getBytes(StandardCharsets.UTF_8);
  }
}
