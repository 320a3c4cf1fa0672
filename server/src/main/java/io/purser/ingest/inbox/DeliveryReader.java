package io.purser.ingest.inbox;

import io.purser.ingest.InboundDelivery;
import io.purser.ingest.InboundEvent;
import io.purser.ingest.WebhookPayloadParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The events of the deliveries the pipeline claims. Those this node's webhooks have just stored are
 * handed over as their channel read them, so a delivery is parsed once; any other (after a restart,
 * one stored by another node, a replay, or one pushed out of the hand-over by a backlog of more
 * than {@link #HELD} deliveries) is parsed again from its stored body, which gives the same events:
 * parsing is pure, so what is held in memory is never needed to survive a crash.
 */
@Component
class DeliveryReader {

  /** What the hand-over holds at most; a few seconds of a busy stream, a few megabytes. */
  static final int HELD = 4096;

  private final Map<String, WebhookPayloadParser> parsers;
  private final Map<Long, List<InboundEvent>> handedOver =
      new LinkedHashMap<>(HELD * 2) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<InboundEvent>> eldest) {
          return size() > HELD;
        }
      };

  DeliveryReader(List<WebhookPayloadParser> parsers) {
    this.parsers =
        parsers.stream()
            .collect(Collectors.toMap(WebhookPayloadParser::source, Function.identity()));
  }

  /** Called once the delivery is committed as {@code inboxEventId}. */
  void handOver(long inboxEventId, InboundDelivery delivery) {
    if (delivery.events() != null) {
      synchronized (handedOver) {
        handedOver.put(inboxEventId, delivery.events());
      }
    }
  }

  /**
   * The delivery's events, taken from the hand-over (a retry of a failed batch parses again).
   *
   * @return null when no parser reads the delivery's source
   * @throws MalformedPayloadException when its body is not what its network sends
   */
  List<InboundEvent> eventsOf(StoredDelivery delivery) {
    List<InboundEvent> events;
    synchronized (handedOver) {
      events = handedOver.remove(delivery.id());
    }
    return events != null ? events : parse(delivery.source(), delivery.body());
  }

  /** The events of a stored body; null when no parser reads its source. */
  List<InboundEvent> parse(String source, byte[] body) {
    var parser = parsers.get(source);
    return parser == null ? null : InboundDelivery.parseStored(parser, body);
  }
}
