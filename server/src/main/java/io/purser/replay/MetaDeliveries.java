package io.purser.replay;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds Meta webhook deliveries of a customer's message in the shapes Meta sends (see the wire
 * fixtures): a comment under the page's post ({@code page}, field {@code feed}), a Messenger
 * message ({@code page}, {@code messaging}), a comment under the Instagram account's media ({@code
 * instagram}, field {@code comments}), an Instagram direct message ({@code instagram}, {@code
 * messaging}) and a WhatsApp text ({@code whatsapp_business_account}, field {@code messages}).
 */
public final class MetaDeliveries {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MetaDeliveries() {}

  /** A person on a Meta network: a PSID, IGSID or WhatsApp number, with the name shown. */
  public record MetaUser(String id, String name) {}

  /** A comment under the page's post {@code postId}: its id is {@code <post>_<commentId>}. */
  public static byte[] facebookComment(
      String pageId, String postId, String commentId, MetaUser author, String text, Instant at) {
    var root = NODES.objectNode().put("object", "page");
    var entry = root.putArray("entry").addObject();
    entry.put("id", pageId).put("time", at.getEpochSecond());
    var change = entry.putArray("changes").addObject().put("field", "feed");
    var value = change.putObject("value");
    value.put("item", "comment").put("verb", "add");
    value.put("comment_id", postId + "_" + commentId);
    value.put("post_id", pageId + "_" + postId).put("parent_id", pageId + "_" + postId);
    value.putObject("from").put("id", author.id()).put("name", author.name());
    value.put("created_time", at.getEpochSecond()).put("message", text);
    return bytes(root);
  }

  /** A Messenger message to the page, or an Instagram direct message to the account. */
  public static byte[] directMessage(
      boolean instagram, String accountId, String mid, MetaUser sender, String text, Instant at) {
    var root = NODES.objectNode().put("object", instagram ? "instagram" : "page");
    var entry = root.putArray("entry").addObject();
    entry.put("id", accountId).put("time", at.toEpochMilli());
    var item = entry.putArray("messaging").addObject();
    item.putObject("sender").put("id", sender.id());
    item.putObject("recipient").put("id", accountId);
    item.put("timestamp", at.toEpochMilli());
    item.putObject("message").put("mid", mid).put("text", text);
    return bytes(root);
  }

  /** A comment under the Instagram account's media {@code mediaId}. */
  public static byte[] instagramComment(
      String accountId,
      String mediaId,
      String commentId,
      String username,
      String authorId,
      String text,
      Instant at) {
    var root = NODES.objectNode().put("object", "instagram");
    var entry = root.putArray("entry").addObject();
    entry.put("id", accountId).put("time", at.getEpochSecond());
    var change = entry.putArray("changes").addObject().put("field", "comments");
    var value = change.putObject("value");
    value.putObject("from").put("id", authorId).put("username", username);
    value.putObject("media").put("id", mediaId).put("media_product_type", "FEED");
    value.put("id", commentId).put("text", text);
    return bytes(root);
  }

  /** A WhatsApp text from {@code sender} (id = their number) to the business phone number. */
  public static byte[] whatsAppText(
      String wabaId,
      String phoneNumberId,
      String displayPhoneNumber,
      String wamid,
      MetaUser sender,
      String text,
      Instant at) {
    var root = NODES.objectNode().put("object", "whatsapp_business_account");
    var entry = root.putArray("entry").addObject().put("id", wabaId);
    var change = entry.putArray("changes").addObject();
    var value = change.putObject("value").put("messaging_product", "whatsapp");
    value
        .putObject("metadata")
        .put("display_phone_number", displayPhoneNumber)
        .put("phone_number_id", phoneNumberId);
    var contact = value.putArray("contacts").addObject();
    contact.putObject("profile").put("name", sender.name());
    contact.put("wa_id", sender.id());
    var message = value.putArray("messages").addObject();
    message.put("from", sender.id()).put("id", wamid);
    message.put("timestamp", Long.toString(at.getEpochSecond())).put("type", "text");
    message.putObject("text").put("body", text);
    change.put("field", "messages");
    return bytes(root);
  }

  private static byte[] bytes(ObjectNode root) {
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }
}
