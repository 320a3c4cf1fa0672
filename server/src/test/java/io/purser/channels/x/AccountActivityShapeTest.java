package io.purser.channels.x;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.channels.WireFixtures;
import io.purser.ingest.InboundEvent.Attachment;
import io.purser.ingest.InboundEvent.Engagement;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Account Activity deliveries the fixtures do not show: retweets, quotes, the account reading. */
class AccountActivityShapeTest {

  static final Network X = Network.X;

  final XPayloadParser parser = new XPayloadParser();

  List<?> parse(String fixture) {
    return parser.parse(WireFixtures.bytes(fixture));
  }

  @Test
  void readsTheAccountMarkingMessagesReadAsEngagement() {
    String body =
        new String(WireFixtures.bytes("x_aaa_direct_message_mark_read_events.json"))
            .replace("\"for_user_id\": \"4337869213\"", "\"for_user_id\": \"199566737\"");

    assertThat(parser.parse(body.getBytes(StandardCharsets.UTF_8)))
        .singleElement()
        .isInstanceOf(Engagement.class)
        .extracting(event -> ((Engagement) event).kind())
        .isEqualTo("read");
  }

  @Test
  void readsARetweetAsEngagementAndAQuoteAsAPostWithTheQuotedPostAttached() {
    String body =
        """
        {"for_user_id": "1", "tweet_create_events": [
          {"id": 99999999999999999, "id_str": "100", "text": "RT @brand: hi",
           "timestamp_ms": "1000", "user": {"id_str": "7", "screen_name": "fan", "name": "Fan"},
           "retweeted_status": {"id_str": "50", "text": "hi"}},
          {"id_str": "101", "text": "look at this", "timestamp_ms": "2000",
           "user": {"id_str": "7", "screen_name": "fan", "name": "Fan"},
           "quoted_status_id_str": "50", "quoted_status": {"id_str": "50", "text": "hi"}}]}
        """;
    Party fan = new Party("7", "fan", "Fan");

    assertThat(parser.parse(body.getBytes(StandardCharsets.UTF_8)))
        .containsExactly(
            new Engagement(X, "1", "retweet", fan, "50", null, Instant.ofEpochMilli(1000)),
            new InboundMessage(
                X,
                "1",
                "101",
                Kind.POST,
                fan,
                null,
                false,
                "look at this",
                null,
                "101",
                Instant.ofEpochMilli(2000),
                List.of(new Attachment("quote", "https://x.com/i/web/status/50", "hi"))));
  }

  @Test
  void skipsReplayJobNoticesAndUnknownEventArrays() {
    assertThat(parse("x_aaa_replay_event.template.json")).isEmpty();
    assertThat(parser.parse("{\"for_user_id\":\"1\",\"block_events\":[{}]}".getBytes())).isEmpty();
  }
}
