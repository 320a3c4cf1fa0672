package io.purser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.testing.Api;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import io.purser.testing.Payloads;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EveryMessageKeptIT extends IntegrationTest {

  private Api.Workspace ws;
  private String account;

  private JsonNode deliverDm(String text) {
    ws = api.newWorkspace();
    account = Ids.random();
    api.registerAccount(ws, "x", account);
    var dm = Ids.random();
    var delivered =
        api.deliverX(
            Payloads.xDirectMessage(account, dm, Ids.random(), account, text, Instant.now()));
    assertThat(delivered.status()).isEqualTo(200);
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> api.get("/api/v1/messages?network=x&externalId=" + dm, ws.token()).json(),
            found -> found.path("items").size() == 1)
        .path("items")
        .get(0);
  }

  @Test
  void aDmWithTwoThousandAddressesIsStoredInFull() {
    var text =
        IntStream.range(0, 2000)
            .mapToObj(i -> "traveller" + i + "@example.com")
            .collect(Collectors.joining(" "));
    var message = deliverDm(text);
    assertThat(message.path("text").asString()).isEqualTo(text);
  }

  @Test
  void aDmWithHundredsOfLocatorsIsStoredInFull() {
    var text =
        IntStream.range(0, 600)
            .mapToObj(i -> "Booking " + locator(i))
            .collect(Collectors.joining(", "));
    var message = deliverDm(text);
    assertThat(message.path("text").asString()).isEqualTo(text);
  }

  @Test
  void aTwentyThousandCharacterDmIsStoredInFull() {
    var text = "My flight was cancelled and nobody helps. ".repeat(500).substring(0, 20_000);
    var message = deliverDm(text);
    assertThat(message.path("text").asString()).isEqualTo(text);
  }

  private static String locator(int i) {
    var letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    var sb = new StringBuilder();
    int n = i * 7919 + 104729;
    for (int k = 0; k < 6; k++) {
      sb.append(letters.charAt(n % letters.length()));
      n /= letters.length();
      n += k * 3;
    }
    return sb.toString();
  }
}
