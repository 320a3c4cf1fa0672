package io.purser.channels.meta;

import static io.purser.channels.meta.MetaJson.firstText;

import io.purser.channels.webhook.WebhookJson;
import io.purser.ingest.InboundEvent.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What a WhatsApp message says, per {@code type}: readable text for the agent and triage, plus the
 * attachments. Media arrive as ids to download through the Graph API, so an attachment's url is
 * {@code whatsapp-media:<id>}; a location's is a {@code geo:} URI.
 */
record WhatsAppContent(String text, List<Attachment> attachments) {

  private static final Set<String> MEDIA = Set.of("image", "video", "audio", "document", "sticker");

  static WhatsAppContent of(String type, JsonNode message) {
    JsonNode body = message.path(type);
    return switch (type) {
      case "text" -> plain(WebhookJson.text(body, "body"));
      case "button" -> plain(firstText(body, "text", "payload"));
      case "interactive" -> interactive(body);
      case "location" -> location(body);
      default -> MEDIA.contains(type) ? media(type, body) : other(type);
    };
  }

  private static WhatsAppContent plain(String text) {
    return new WhatsAppContent(text == null ? "" : text, List.of());
  }

  /** The title of the tapped button or list row is what the customer "said". */
  private static WhatsAppContent interactive(JsonNode interactive) {
    JsonNode reply = interactive.path(String.valueOf(WebhookJson.text(interactive, "type")));
    return plain(firstText(reply, "title", "description", "id", "body"));
  }

  private static WhatsAppContent media(String type, JsonNode media) {
    String caption = firstText(media, "caption", "filename");
    Attachment attachment =
        new Attachment(type, "whatsapp-media:" + WebhookJson.text(media, "id"), caption);
    return new WhatsAppContent(caption == null ? "" : caption, List.of(attachment));
  }

  /** A shared location reads as its name and address, or as its coordinates when unnamed. */
  private static WhatsAppContent location(JsonNode location) {
    String geo =
        "geo:"
            + WebhookJson.text(location, "latitude")
            + ","
            + WebhookJson.text(location, "longitude");
    List<String> parts = new ArrayList<>();
    for (String field : List.of("name", "address")) {
      String part = WebhookJson.text(location, field);
      if (part != null && !part.isBlank() && !parts.contains(part)) {
        parts.add(part);
      }
    }
    String text = parts.isEmpty() ? geo.substring(4) : String.join(", ", parts);
    return new WhatsAppContent(
        text, List.of(new Attachment("location", geo, WebhookJson.text(location, "name"))));
  }

  /** Contacts, orders, unsupported types: no text, but the agent sees that something came. */
  private static WhatsAppContent other(String type) {
    return new WhatsAppContent("", List.of(new Attachment(type, null, null)));
  }
}
