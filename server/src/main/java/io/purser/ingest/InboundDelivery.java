package io.purser.ingest;

import java.util.List;

/**
 * A verified webhook delivery as its channel hands it to the {@link Inbox}: the raw body, kept as
 * it came (its signature is over it), and the events the channel read from it. The channel reads a
 * delivery once, on the webhook's thread; the inbox partitions it by its first event's customer and
 * hands the events on to the pipeline, which parses a body again only when it no longer holds them
 * (after a restart, on another node, for a replay).
 *
 * @param events the delivery's events, or null when its body could not be read: it is stored all
 *     the same, and the pipeline parks it with the parser's error
 */
public record InboundDelivery(String source, byte[] body, List<InboundEvent> events) {

  /**
   * Reads a verified body with its channel's parser. A body the parser refuses is not refused here:
   * it was signed by the network, so it is stored, and its failure is recorded by the pipeline.
   */
  public static InboundDelivery read(WebhookPayloadParser parser, byte[] body) {
    List<InboundEvent> events;
    try {
      events = parseStored(parser, body);
    } catch (RuntimeException unreadable) {
      events = null;
    }
    return new InboundDelivery(parser.source(), body, events);
  }

  /**
   * The one way a body becomes events, on the webhook as after a crash: the same bytes always give
   * the same events, once the characters a database cannot store are replaced.
   */
  public static List<InboundEvent> parseStored(WebhookPayloadParser parser, byte[] body) {
    return parser.parse(UnstorableCharacters.replacedIn(body));
  }
}
