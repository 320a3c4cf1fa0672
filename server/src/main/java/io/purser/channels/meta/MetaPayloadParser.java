package io.purser.channels.meta;

import io.purser.channels.webhook.JsonDeliveryParser;
import io.purser.channels.webhook.WebhookJson;
import io.purser.ingest.InboundEvent;
import io.purser.ingest.MalformedPayloadException;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Parses Meta webhook deliveries: {@code {"object": "page" | "instagram" |
 * "whatsapp_business_account", "entry": [...]}}. Every entry is one of the brand's accounts (page,
 * Instagram account, WhatsApp Business Account) and gives the events' {@code accountExternalId}.
 *
 * <p>Read with Jackson's tree model rather than RestFB's webhook types: RestFB misreads millisecond
 * entry times, stamps WhatsApp entries with the current time (parsing would not be pure) and drops
 * WhatsApp's user-id senders; see {@code docs/channels.md} for the figures.
 */
@Component
public class MetaPayloadParser extends JsonDeliveryParser {

  public MetaPayloadParser() {
    super("meta", "a Meta webhook delivery");
  }

  @Override
  protected void read(JsonNode root, List<InboundEvent> out) {
    String object = WebhookJson.text(root, "object");
    if (object == null || !root.path("entry").isArray()) {
      throw new MalformedPayloadException(
          "expected a Meta webhook delivery: a JSON object with \"object\" and an \"entry\" array");
    }
    for (JsonNode entry : root.path("entry")) {
      readEntry(object, entry, out);
    }
  }

  /** Products Meta may add under other {@code object} values are skipped, not failed. */
  private static void readEntry(String object, JsonNode entry, List<InboundEvent> out) {
    String account = MetaJson.id(entry.path("id"));
    if (account == null) {
      throw new MalformedPayloadException(
          "expected every entry of a Meta webhook delivery to have an \"id\" (the account)");
    }
    Instant time = MetaJson.epoch(entry.path("time"));
    switch (object) {
      case "page" -> readMessaging(Network.FACEBOOK, account, entry, time, out);
      case "instagram" -> readMessaging(Network.INSTAGRAM, account, entry, time, out);
      case "whatsapp_business_account" -> {
        entry.path("changes").forEach(change -> WhatsAppChanges.read(account, change, out));
      }
      default -> {
        // user, permissions, application, …: nothing a customer wrote.
      }
    }
  }

  /** Messenger-shaped items ({@code messaging}, {@code standby}) and the product's changes. */
  private static void readMessaging(
      Network network, String account, JsonNode entry, Instant time, List<InboundEvent> out) {
    for (String array : List.of("messaging", "standby")) {
      entry.path(array).forEach(item -> MessengerEvents.read(network, account, item, time, out));
    }
    for (JsonNode change : entry.path("changes")) {
      if (network == Network.INSTAGRAM) {
        InstagramChanges.read(account, change, time, out);
      } else {
        FeedChanges.read(account, change, time, out);
      }
    }
  }
}
