package io.purser.channels.webhook;

import io.purser.ingest.InboundEvent;
import io.purser.ingest.WebhookPayloadParser;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A parser of one network's JSON deliveries: the body read once as a tree ({@link WebhookJson}),
 * then the network's reader adds its events in the order the delivery holds them.
 */
public abstract class JsonDeliveryParser implements WebhookPayloadParser {

  private final String source;
  private final String expected;

  /**
   * @param source the inbox's name for the network: {@code x}, {@code meta}
   * @param expected what a body should be, for the error: "an X webhook delivery"
   */
  protected JsonDeliveryParser(String source, String expected) {
    this.source = source;
    this.expected = expected;
  }

  @Override
  public final String source() {
    return source;
  }

  @Override
  public final List<InboundEvent> parse(byte[] body) {
    List<InboundEvent> events = new ArrayList<>();
    read(WebhookJson.read(body, expected), events);
    return events;
  }

  /**
   * Adds the delivery's events to {@code out}.
   *
   * @throws io.purser.ingest.MalformedPayloadException when the JSON is not the network's envelope
   */
  protected abstract void read(JsonNode root, List<InboundEvent> out);
}
