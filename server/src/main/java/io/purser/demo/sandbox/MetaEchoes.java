package io.purser.demo.sandbox;

import io.purser.workspace.Network;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deliveries Meta sends about the brand's own messages, in Meta's shapes: Messenger's and
 * Instagram's {@code is_echo} message, Messenger's {@code delivery} report, the page's own comment
 * as its feed or comments field reports it, and WhatsApp's statuses (WhatsApp echoes nothing).
 * {@link SandboxEchoes} decides when they are played; the customers' own messages are built by
 * {@link io.purser.replay.MetaDeliveries}.
 */
final class MetaEchoes {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The demo's WhatsApp business phone number as WhatsApp displays it. */
  static final String DISPLAY_PHONE_NUMBER = "15550100100";

  private MetaEchoes() {}

  /** The page's (or Instagram account's) own message to a customer, with its metadata if any. */
  static byte[] message(Sent m) {
    var message = NODES.objectNode();
    message.put("mid", m.id()).put("text", m.text()).put("is_echo", true);
    message.put("app_id", 1517776481860111L);
    if (m.metadata() != null) {
      message.put("metadata", m.metadata());
    }
    var item = NODES.objectNode();
    item.putObject("sender").put("id", m.account());
    item.putObject("recipient").put("id", m.recipient());
    item.put("timestamp", m.at().toEpochMilli());
    item.set("message", message);
    return messaging(m.network(), m.account(), item);
  }

  /** Messenger's report that the customer's device received the message. */
  static byte[] delivered(Sent m, Instant watermark) {
    var delivery = NODES.objectNode();
    delivery.putObject("sender").put("id", m.recipient());
    delivery.putObject("recipient").put("id", m.account());
    var report = delivery.putObject("delivery");
    report.putArray("mids").add(m.id());
    report.put("watermark", watermark.toEpochMilli());
    return messaging(m.network(), m.account(), delivery);
  }

  private static byte[] messaging(Network network, String account, ObjectNode item) {
    var root = NODES.objectNode();
    root.put("object", network == Network.INSTAGRAM ? "instagram" : "page");
    var entry = root.putArray("entry").addObject();
    entry.put("id", account).put("time", Instant.now().toEpochMilli());
    entry.putArray("messaging").add(item);
    return bytes(root);
  }

  /** The page's own comment, as the feed (Facebook) or comments (Instagram) field reports it. */
  static byte[] comment(Sent m) {
    var root = NODES.objectNode();
    var entry = root.putArray("entry").addObject();
    entry.put("id", m.account()).put("time", m.at().getEpochSecond());
    var change = entry.putArray("changes").addObject();
    if (m.network() == Network.INSTAGRAM) {
      root.put("object", "instagram");
      change.put("field", "comments");
      var value = change.putObject("value");
      value.putObject("from").put("id", m.account()).put("username", "demoair");
      value.put("id", m.id()).put("parent_id", m.inReplyTo()).put("text", m.text());
    } else {
      root.put("object", "page");
      change.put("field", "feed");
      var value = change.putObject("value");
      value.put("item", "comment").put("verb", "add").put("comment_id", m.id());
      if (m.inReplyTo().contains("_")) {
        var post = m.inReplyTo().substring(0, m.inReplyTo().indexOf('_'));
        value.put("post_id", m.account() + "_" + post);
      }
      value.put("parent_id", m.inReplyTo());
      value.putObject("from").put("id", m.account()).put("name", "Demo Air");
      value.put("created_time", m.at().getEpochSecond()).put("message", m.text());
    }
    return bytes(root);
  }

  /**
   * WhatsApp's {@code status} ({@code sent}, {@code delivered}) of the message, for the business
   * account {@code wabaId}.
   */
  static byte[] whatsAppStatus(Sent m, String wabaId, String status) {
    var root = NODES.objectNode();
    root.put("object", "whatsapp_business_account");
    var entry = root.putArray("entry").addObject();
    entry.put("id", wabaId);
    var change = entry.putArray("changes").addObject();
    var value = change.putObject("value");
    value.put("messaging_product", "whatsapp");
    value
        .putObject("metadata")
        .put("display_phone_number", DISPLAY_PHONE_NUMBER)
        .put("phone_number_id", m.account());
    value.putArray("statuses").add(status(m, status));
    change.put("field", "messages");
    return bytes(root);
  }

  private static ObjectNode status(Sent m, String status) {
    var node = NODES.objectNode();
    node.put("id", m.id()).put("status", status);
    node.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
    node.put("recipient_id", m.recipient());
    node.putObject("conversation")
        .put("id", Integer.toHexString(m.recipient().hashCode()))
        .putObject("origin")
        .put("type", "service");
    return node;
  }

  private static byte[] bytes(ObjectNode root) {
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }
}
