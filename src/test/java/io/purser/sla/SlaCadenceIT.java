package io.purser.sla;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.purser.testing.Api;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import io.purser.testing.Payloads;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A burst of images whose downloads hang does not hold back the SLA sweeper: media fetching and OCR
 * run on threads of their own, so a breach still fires within seconds of its due time.
 */
class SlaCadenceIT extends IntegrationTest {

  private StubMapping hanging;

  @AfterEach
  void stopHanging() {
    // Later tests in this JVM share the media threads: let the retries fail at once.
    networks.removeStub(hanging);
  }

  @Test
  void aBreachFiresOnTimeWhileImageDownloadsHang() {
    var ws = api.newWorkspace();
    var account = Ids.random();
    api.registerAccount(ws, "x", account);
    var slow = "/media/hanging-" + Ids.random();
    hanging =
        networks.stubFor(
            get(urlPathMatching(slow + "-.*"))
                .willReturn(
                    aResponse()
                        .withFixedDelay(20_000)
                        .withHeader("Content-Type", "image/png")
                        .withBody(new byte[] {1})));
    for (int i = 0; i < 10; i++) {
      var dm =
          Payloads.xDirectMessageWithPhoto(
              account,
              Ids.random(),
              Ids.random(),
              account,
              "see the screenshot",
              networks.baseUrl() + slow + "-" + i + ".png",
              Instant.now());
      assertThat(api.deliverX(dm).status()).isEqualTo(200);
    }
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> !networks.findAll(getRequestedFor(urlPathMatching(slow + "-.*"))).isEmpty());

    policy(ws, "PT4S", "PT2S");
    long conversation = tweet(ws, account, "@brand my bag is lost and nobody answers the phone");

    var breach =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> breachOf(ws, conversation), java.util.Objects::nonNull);
    var late =
        Duration.between(
            Instant.parse(breach.get("dueAt").asString()),
            Instant.parse(breach.get("firedAt").asString()));
    assertThat(late).isLessThan(Duration.ofSeconds(3));
  }

  private void policy(Api.Workspace ws, String firstResponse, String warnBefore) {
    var response =
        api.put(
            "/api/v1/sla-policy",
            ws.token(),
            """
            {"name":"Fast","calendar":{"type":"always"},
             "targets":{"firstResponse":"%s","nextResponse":"PT1H","resolution":"PT24H",
                        "warnBefore":"%s"}}
            """
                .formatted(firstResponse, warnBefore));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  private long tweet(Api.Workspace ws, String account, String text) {
    var id = Ids.random();
    api.deliverX(
        Payloads.xTweet(account, id, Ids.random(), "traveller", text, null, Instant.now()));
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> api.get("/api/v1/messages?network=x&externalId=" + id, ws.token()).json(),
            json -> json.get("items").size() == 1)
        .get("items")
        .get(0)
        .get("conversationId")
        .asLong();
  }

  private JsonNode breachOf(Api.Workspace ws, long conversation) {
    for (var event : api.get("/api/v1/sla/events", ws.token()).json().get("items")) {
      if (event.get("conversationId").asLong() == conversation
          && event.get("kind").asString().equals("breached")) {
        return event;
      }
    }
    return null;
  }
}
