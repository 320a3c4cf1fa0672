package io.purser.channels.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Party;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deliveries the fixtures do not show: batches, huge numeric ids, unusual text. */
class MetaDeliveryShapeTest {

  final MetaPayloadParser parser = new MetaPayloadParser();

  static String messenger(String page, String sender, String text) {
    return """
        {"id": %s, "time": 1458692752478, "messaging": [{"sender": {"id": %s},
         "recipient": {"id": %s}, "timestamp": 1458692752478,
         "message": {"mid": "m.%s", "text": "%s"}}]}
        """
        .formatted(page, sender, page, sender.replace("\"", ""), text);
  }

  List<InboundEvent> parse(String... entries) {
    String body = "{\"object\": \"page\", \"entry\": [" + String.join(",", entries) + "]}";
    return parser.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsABatchWithTwoEntriesForTwoPages() {
    List<InboundEvent> events =
        parse(messenger("111", "7", "first"), messenger("\"222\"", "8", "second"));

    assertThat(events)
        .extracting(InboundEvent::accountExternalId, e -> ((InboundMessage) e).text())
        .containsExactly(tuple("111", "first"), tuple("222", "second"));
  }

  /** 2^53 + 1 is where doubles (and JavaScript) start rounding; the last is beyond a long. */
  @Test
  void keepsHugeNumericIdsExact() {
    InboundMessage message =
        (InboundMessage)
            parse(messenger("123456789012345678901234567890", "9007199254740993", "hi")).get(0);

    assertThat(message.accountExternalId()).isEqualTo("123456789012345678901234567890");
    assertThat(message.author()).isEqualTo(new Party("9007199254740993", null, null));
    assertThat(message.externalId()).isEqualTo("m.9007199254740993");
  }

  @Test
  void passesOddUnicodeThroughUnchanged() {
    String text = "✈️👩🏽‍✈️ שלום مرحبا\u200b\u200d\u202e𝕏𠜎 \\\"quoted\\\"";

    InboundMessage message = (InboundMessage) parse(messenger("1", "2", text)).get(0);

    assertThat(message.text()).isEqualTo("✈️👩🏽‍✈️ שלום مرحبا\u200b\u200d\u202e𝕏𠜎 \"quoted\"");
  }

  @Test
  void readsTheSameIdAsNumberOrStringAlike() {
    assertThat(parse(messenger("12345654332", "987654321432", "a")))
        .isEqualTo(parse(messenger("\"12345654332\"", "\"987654321432\"", "a")));
  }
}
