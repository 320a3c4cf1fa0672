package io.purser.channels.meta;

import static io.purser.channels.meta.MetaJson.epoch;
import static io.purser.channels.meta.MetaJson.firstText;
import static io.purser.channels.webhook.WebhookJson.text;

import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.DeliveryStatus;
import io.purser.ingest.InboundEvent.DeliveryUpdate;
import io.purser.ingest.InboundEvent.Engagement;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * WhatsApp Cloud API {@code changes[]} of field {@code messages}: the customers' messages and the
 * statuses of ours. The account is the WhatsApp Business Account ({@code entry[].id}); the business
 * phone number that received a message is its counterpart, since replies must be sent from it.
 */
final class WhatsAppChanges {

  private static final Network NETWORK = Network.WHATSAPP;
  private static final Map<String, DeliveryStatus> STATUSES =
      Map.of(
          "sent", DeliveryStatus.SENT,
          "delivered", DeliveryStatus.DELIVERED,
          "read", DeliveryStatus.READ,
          "failed", DeliveryStatus.FAILED);

  private WhatsAppChanges() {}

  static void read(String waba, JsonNode change, List<InboundEvent> out) {
    if (!"messages".equals(text(change, "field"))) {
      return;
    }
    JsonNode value = change.path("value");
    JsonNode metadata = value.path("metadata");
    Party business =
        new Party(text(metadata, "phone_number_id"), text(metadata, "display_phone_number"), null);
    for (JsonNode message : value.path("messages")) {
      InboundEvent event = message(waba, business, value.path("contacts"), message);
      if (event != null) {
        out.add(event);
      }
    }
    for (JsonNode status : value.path("statuses")) {
      DeliveryStatus delivery = STATUSES.get(text(status, "status"));
      if (delivery != null) {
        out.add(status(waba, status, delivery));
      }
    }
  }

  /**
   * A customer's message. Customers are identified by phone ({@code from}) or, since 2025, by a
   * business-scoped user id ({@code from_user_id}) with an optional username; group messages name
   * the group, which becomes the thread. System notices are skipped, reactions are engagements.
   */
  private static InboundEvent message(
      String waba, Party business, JsonNode contacts, JsonNode message) {
    String type = String.valueOf(text(message, "type"));
    Party author = author(contacts, message);
    if (type.equals("system")) {
      return null;
    }
    if (type.equals("reaction")) {
      JsonNode reaction = message.path("reaction");
      return new Engagement(
          NETWORK,
          waba,
          "reaction",
          author,
          text(reaction, "message_id"),
          text(reaction, "emoji"),
          epoch(message.path("timestamp")));
    }
    WhatsAppContent content = WhatsAppContent.of(type, message);
    return new InboundMessage(
        NETWORK,
        waba,
        text(message, "id"),
        Kind.DIRECT,
        author,
        business,
        false,
        content.text(),
        text(message.path("context"), "id"),
        text(message, "group_id"),
        epoch(message.path("timestamp")),
        content.attachments());
  }

  /** The sender with the profile name (and username) of the matching {@code contacts[]} entry. */
  private static Party author(JsonNode contacts, JsonNode message) {
    String id = firstText(message, "from", "from_user_id");
    JsonNode contact = contacts.path(0);
    for (JsonNode candidate : contacts) {
      if (id != null
          && (id.equals(text(candidate, "wa_id")) || id.equals(text(candidate, "user_id")))) {
        contact = candidate;
      }
    }
    JsonNode profile = contact.path("profile");
    String handle = firstText(profile, "username");
    return new Party(id, handle == null ? id : handle, text(profile, "name"));
  }

  /** A status of a message we sent; a failure carries its first error as "code title". */
  private static DeliveryUpdate status(String waba, JsonNode status, DeliveryStatus delivery) {
    JsonNode error = status.path("errors").path(0);
    String detail =
        error.isObject()
            ? (text(error, "code") + " " + firstText(error, "title", "message")).trim()
            : null;
    return new DeliveryUpdate(
        NETWORK,
        waba,
        List.of(text(status, "id")),
        firstText(status, "recipient_id", "recipient_user_id"),
        null,
        delivery,
        detail,
        epoch(status.path("timestamp")));
  }
}
