package io.purser.channels.x;

import static io.purser.channels.webhook.WebhookJson.text;

import io.purser.ingest.InboundEvent.Attachment;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code direct_message_events} of type {@code message_create}, as both APIs deliver them. Handles
 * come from the delivery's {@code users} map (v1.1 users in Account Activity, {@code {"data": v2
 * user}} in the X Activity API). The counterpart is always the recipient: the account for a
 * customer's message, the customer for the account's own (an echo).
 */
final class XDirectMessages {

  private XDirectMessages() {}

  /** Null for other event types (none are documented today). */
  static InboundMessage read(String account, JsonNode event, JsonNode users) {
    if (!"message_create".equals(text(event, "type"))) {
      return null;
    }
    JsonNode create = event.path("message_create");
    String sender = text(create, "sender_id");
    String recipient = text(create.path("target"), "recipient_id");
    JsonNode data = create.path("message_data");
    String text = text(data, "text");
    return new InboundMessage(
        Network.X,
        account,
        text(event, "id"),
        Kind.DIRECT,
        party(users, sender),
        party(users, recipient),
        account.equals(sender),
        text == null ? "" : text,
        null,
        null,
        XJson.millis(event.path("created_timestamp")),
        attachment(data.path("attachment")));
  }

  /** The user of the {@code users} map, or a bare id when the map does not name them. */
  static Party party(JsonNode users, String id) {
    if (id == null) {
      return null;
    }
    Party known = XJson.user(users.path(id));
    return known != null ? known : new Party(id, null, null);
  }

  private static List<Attachment> attachment(JsonNode attachment) {
    JsonNode media = attachment.path("media");
    if (!media.isObject()) {
      return List.of();
    }
    return List.of(new Attachment(text(media, "type"), text(media, "media_url_https"), null));
  }
}
