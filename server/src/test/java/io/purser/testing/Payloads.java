package io.purser.testing;

import io.purser.replay.ReplayTweet;
import io.purser.replay.XDeliveries;
import io.purser.replay.XDeliveries.XUser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds webhook deliveries in the networks' documented shapes (the fixtures in
 * src/test/resources/fixtures/wire), with the ids and texts a test needs.
 */
public final class Payloads {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Payloads() {}

  /** An Account Activity API delivery with one tweet, built as the replay builds them. */
  public static byte[] xTweet(
      String forUserId,
      String tweetId,
      String authorId,
      String authorHandle,
      String text,
      String inReplyToTweetId,
      Instant createdAt) {
    return XDeliveries.tweetCreate(
        forUserId,
        new ReplayTweet(
            tweetId,
            authorId,
            authorHandle,
            authorHandle,
            text,
            inReplyToTweetId,
            createdAt,
            false));
  }

  /**
   * An Account Activity API delivery with one direct message, built as the replay builds them: the
   * sender named {@code User <id>}, the recipient {@code Brand}.
   */
  public static byte[] xDirectMessage(
      String forUserId,
      String eventId,
      String senderId,
      String recipientId,
      String text,
      Instant at) {
    return XDeliveries.directMessage(
        forUserId,
        eventId,
        at,
        new XUser(senderId, "user" + senderId, "User " + senderId),
        new XUser(recipientId, "brand" + recipientId, "Brand"),
        text);
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
