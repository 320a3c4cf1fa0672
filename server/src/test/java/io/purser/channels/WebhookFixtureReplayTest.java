package io.purser.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.channels.meta.MetaPayloadParser;
import io.purser.channels.x.XPayloadParser;
import io.purser.ingest.WebhookPayloadParser;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every file of the fixture folder is either a webhook delivery, replayed here and asserted in
 * detail by the per-network tests, or named below as something else (left to the senders' and
 * subscription tests). A new fixture that is neither fails this test until it is classified.
 */
class WebhookFixtureReplayTest {

  static final Pattern WEBHOOK =
      Pattern.compile("(x_aaa_|x_xaa_|messenger_|page_|instagram_|whatsapp_).*\\.json");

  /** Not deliveries: API requests and responses, stream records, notices, templates, vectors. */
  static final Set<String> NOT_WEBHOOKS =
      Set.of(
          "README.md",
          "signature_test_vectors.json",
          "meta_webhook_verification.txt",
          "messenger_send_api_request_HUMAN_AGENT.COMPOSED.json",
          "messenger_send_api_request_RESPONSE.COMPOSED.json",
          "messenger_send_api_response.json",
          "whatsapp_send_response.json",
          "whatsapp_send_text_request.COMPOSED.json",
          "whatsapp_send_text_request_restfb.json",
          "x_aaa_replay_event.template.json",
          "x_aaa_subscription_create_response.json",
          "x_aaa_subscription_list_response.template.json",
          "x_webhook_crc_get_response.template.json",
          "x_webhooks_create_response.json",
          "x_webhooks_list_response.json");

  /** Deliveries that rightly produce nothing: an X Activity envelope with an empty payload. */
  static final Set<String> NO_EVENTS = Set.of("x_xaa_event_envelope.json");

  final XPayloadParser x = new XPayloadParser();
  final MetaPayloadParser meta = new MetaPayloadParser();

  static List<String> webhookFixtures() {
    return WireFixtures.names().stream()
        .filter(name -> !NOT_WEBHOOKS.contains(name) && WEBHOOK.matcher(name).matches())
        .toList();
  }

  WebhookPayloadParser parserFor(String fixture) {
    return fixture.startsWith("x_") ? x : meta;
  }

  @Test
  void classifiesEveryFixture() {
    List<String> unclassified =
        WireFixtures.names().stream()
            .filter(name -> !NOT_WEBHOOKS.contains(name) && !WEBHOOK.matcher(name).matches())
            .filter(name -> !name.endsWith(".template.txt") && !name.endsWith(".partial.txt"))
            .filter(name -> !name.startsWith("x_v2_") && !name.startsWith("x_v11_"))
            .toList();

    assertThat(unclassified).isEmpty();
    assertThat(webhookFixtures()).hasSize(61);
  }

  @Test
  void parsesEveryWebhookFixtureIntoEvents() {
    for (String fixture : webhookFixtures()) {
      assertThat(parserFor(fixture).parse(WireFixtures.bytes(fixture)))
          .as(fixture)
          .hasSize(NO_EVENTS.contains(fixture) ? 0 : 1);
    }
  }

  /** Parsing is pure, so a redelivery or a re-parse after a crash gives equal events. */
  @Test
  void parsesTheSameBytesIntoEqualEvents() {
    for (String fixture : webhookFixtures()) {
      WebhookPayloadParser parser = parserFor(fixture);
      assertThat(parser.parse(WireFixtures.bytes(fixture)))
          .as(fixture)
          .isEqualTo(parser.parse(WireFixtures.bytes(fixture)));
    }
  }
}
