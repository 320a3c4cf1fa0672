package io.purser.channels.x;

import io.purser.channels.webhook.JsonDeliveryParser;
import io.purser.channels.webhook.WebhookJson;
import io.purser.ingest.InboundEvent;
import io.purser.ingest.MalformedPayloadException;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Parses X webhook deliveries of both generations: the Account Activity API ({@code for_user_id}
 * plus {@code *_events} arrays, or a {@code user_event}) and its successor, the X Activity API
 * ({@code data.filter} plus {@code data.event_type}). Event types it does not know are skipped.
 */
@Component
public class XPayloadParser extends JsonDeliveryParser {

  public XPayloadParser() {
    super("x", "an X webhook delivery");
  }

  @Override
  protected void read(JsonNode root, List<InboundEvent> out) {
    if (root.path("data").path("filter").isObject()) {
      ActivityApiEvents.read(root.path("data"), out);
    } else if (WebhookJson.text(root, "for_user_id") != null
        || root.path("user_event").isObject()) {
      AccountActivityEvents.read(root, out);
    } else {
      throw new MalformedPayloadException(
          "expected an X webhook delivery: an Account Activity object with \"for_user_id\" (or"
              + " \"user_event\"), or an X Activity API object with \"data.filter\"");
    }
  }
}
