package io.purser.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.channels.meta.MetaPayloadParser;
import io.purser.channels.x.XPayloadParser;
import io.purser.ingest.WebhookPayloadParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parses a mix of real deliveries many times over, every one completely, and prints the rate. Speed
 * is not asserted here: a timed unit test fails on a busy machine and proves nothing on a quiet
 * one. The pipeline's throughput target is checked by {@code ./purser bench pipeline} (see
 * docs/benchmarks.md); the parsers' own rate is in docs/channels.md.
 */
class ParseSpeedTest {

  static final int DELIVERIES = 50_000;

  @Test
  void parsesEveryDeliveryOfARepeatedMixCompletely() {
    List<String> mix =
        List.of(
            "messenger_message_text.json",
            "whatsapp_message_text.json",
            "page_feed_comment_add.json",
            "x_xaa_post_mention_create.json",
            "x_aaa_tweet_create_events_mention.COMPOSED.json");
    List<byte[]> bodies = mix.stream().map(WireFixtures::bytes).toList();
    WebhookPayloadParser x = new XPayloadParser();
    WebhookPayloadParser meta = new MetaPayloadParser();

    parse(mix, bodies, x, meta, DELIVERIES / 5);
    long start = System.nanoTime();
    long events = parse(mix, bodies, x, meta, DELIVERIES);
    double perSecond = DELIVERIES / ((System.nanoTime() - start) / 1e9);

    System.out.printf("parsed %d deliveries at %.0f/s%n", DELIVERIES, perSecond);
    assertThat(events).isEqualTo(DELIVERIES);
  }

  static long parse(
      List<String> mix,
      List<byte[]> bodies,
      WebhookPayloadParser x,
      WebhookPayloadParser meta,
      int deliveries) {
    long events = 0;
    for (int i = 0; i < deliveries; i++) {
      int n = i % bodies.size();
      events += (mix.get(n).startsWith("x_") ? x : meta).parse(bodies.get(n)).size();
    }
    return events;
  }
}
