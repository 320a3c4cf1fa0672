package io.purser.sla;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.purser.testing.Api;
import io.purser.testing.Brand;
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
    var brand = Brand.onX(api);
    var ws = brand.ws();
    var account = brand.account();
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
      brand.deliverX(dm);
    }
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> !networks.findAll(getRequestedFor(urlPathMatching(slow + "-.*"))).isEmpty());

    SlaApi.fast(api, ws, "PT4S", "PT2S");
    long conversation = brand.tweet("@brand my bag is lost and nobody answers the phone");

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

  private JsonNode breachOf(Api.Workspace ws, long conversation) {
    return SlaApi.events(api, ws, conversation).stream()
        .filter(event -> event.get("kind").asString().equals("breached"))
        .findFirst()
        .orElse(null);
  }
}
