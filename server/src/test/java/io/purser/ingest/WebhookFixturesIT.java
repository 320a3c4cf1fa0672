package io.purser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.channels.meta.MetaPayloadParser;
import io.purser.channels.x.XPayloadParser;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.testing.Api;
import io.purser.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Replays every verbatim webhook fixture of X and Meta twice, signed, through the real endpoints
 * and pipeline: each message must be stored exactly once, customer messages in a conversation.
 */
class WebhookFixturesIT extends IntegrationTest {

  static final Path WIRE = Path.of("src/test/resources/fixtures/wire");

  @Autowired XPayloadParser xParser;
  @Autowired MetaPayloadParser metaParser;

  record Fixture(String name, String source, byte[] body) {}

  static List<Fixture> deliveries() throws IOException {
    try (Stream<Path> files = Files.list(WIRE)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .filter(n -> n.matches("(x_aaa|x_xaa|messenger|page|instagram|whatsapp)_.*"))
          .filter(n -> !n.matches(".*(send|subscription|template|response).*"))
          .sorted()
          .map(n -> new Fixture(n, n.startsWith("x_") ? "x" : "meta", read(n)))
          .toList();
    }
  }

  private static byte[] read(String name) {
    try {
      return Files.readAllBytes(WIRE.resolve(name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeAll
  static void fixturesArePresent() throws IOException {
    assertThat(deliveries()).hasSizeGreaterThan(40);
  }

  private List<InboundEvent> parse(Fixture f) {
    return "x".equals(f.source()) ? xParser.parse(f.body()) : metaParser.parse(f.body());
  }

  @Test
  void storesEveryFixtureMessageExactlyOnceWhenEachIsDeliveredTwice() throws IOException {
    var ws = api.newWorkspace();
    var fixtures = deliveries();
    var accounts = new LinkedHashSet<String>();
    var messages = new ArrayList<InboundMessage>();
    for (var f : fixtures) {
      for (var event : parse(f)) {
        accounts.add(event.network().wireName() + "|" + event.accountExternalId());
        if (event instanceof InboundMessage m) {
          messages.add(m);
        }
      }
    }
    accounts.forEach(a -> api.registerAccount(ws, a.split("\\|")[0], a.split("\\|", 2)[1]));
    for (int round = 0; round < 2; round++) {
      for (var f : fixtures) {
        var response = "x".equals(f.source()) ? api.deliverX(f.body()) : api.deliverMeta(f.body());
        assertThat(response.status()).as(f.name() + ": " + response.body()).isEqualTo(200);
      }
    }
    assertThat(messages).hasSizeGreaterThan(20);
    // The fixtures come from several libraries' test suites, which reuse a few ids for different
    // events (a Messenger echo and a customer message share a mid): the first delivered wins.
    var seen = new java.util.HashSet<String>();
    messages.removeIf(m -> !seen.add(m.network() + ":" + m.externalId()));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              for (var m : messages) {
                assertStoredOnce(ws, m);
              }
            });
  }

  private void assertStoredOnce(Api.Workspace ws, InboundMessage m) {
    var found =
        api.get(
            "/api/v1/messages?network=" + m.network().wireName() + "&externalId=" + m.externalId(),
            ws.token());
    assertThat(found.status()).isEqualTo(200);
    var items = found.json().get("items");
    assertThat(items.size()).as("copies of %s %s", m.network(), m.externalId()).isEqualTo(1);
    if (!m.fromAccount()) {
      assertThat(items.get(0).has("conversationId"))
          .as("customer message in a conversation: %s", items.get(0))
          .isTrue();
      var conversation = items.get(0).get("conversationId").asLong();
      var inConversation =
          api.get("/api/v1/conversations/" + conversation + "/messages", ws.token())
              .json()
              .get("items");
      long copies =
          inConversation
              .valueStream()
              .filter(n -> m.externalId().equals(n.get("externalId").asString()))
              .count();
      assertThat(copies).as("%s in its conversation", m.externalId()).isEqualTo(1);
      assertThat(items.get(0).get("direction").asString()).isEqualTo("inbound");
    }
  }
}
