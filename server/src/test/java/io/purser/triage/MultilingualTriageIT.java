package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.testing.Api;
import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import io.purser.testing.Payloads;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A customer who writes in Spanish or German goes through the real signed webhook, the pipeline's
 * triage and routing, and lands with the right language, urgency and sentiment in the queue of the
 * agent who speaks the language — not with the idle English-only agent, who is free too.
 */
class MultilingualTriageIT extends BrandIntegrationTest {

  private Api.User english;
  private Api.User spanish;
  private Api.User german;

  @BeforeEach
  void agentsOfThreeLanguages() {
    english = brand.agent("en", 5, "en");
    spanish = brand.agent("es", 5, "es", "en");
    german = brand.agent("de", 5, "de", "en");
    brand.presence(english, "available");
    brand.presence(spanish, "available");
    brand.presence(german, "available");
  }

  @Test
  void aSpanishCustomerAboutToMissAConnectionReachesTheSpanishSpeaker() {
    var message =
        delivered(
            "@DemoAir perdí mi conexión en Madrid y el próximo vuelo sale en 40 minutos, nadie"
                + " me ayuda en el mostrador. Un desastre.");

    assertTriage(message, "es");
    awaitOwner(message.path("conversationId").asLong(), spanish);
  }

  @Test
  void aGermanCustomerWhoMissedTheirConnectionReachesTheGermanSpeaker() {
    var message =
        delivered(
            "@DemoAir Anschlussflug verpasst, mein Flug nach Berlin geht in 30 Minuten und keiner"
                + " hilft mir am Schalter. Eine Katastrophe!");

    assertTriage(message, "de");
    awaitOwner(message.path("conversationId").asLong(), german);
  }

  /** Tweets {@code text} at the brand through the signed webhook; the message once recorded. */
  private JsonNode delivered(String text) {
    var id = Ids.random();
    brand.deliverX(
        Payloads.xTweet(account, id, Ids.random(), "viajera", text, null, Instant.now()));
    return brand.message(id);
  }

  private static void assertTriage(JsonNode message, String language) {
    var triage = message.path("triage");
    assertThat(triage.path("language").asString()).as(triage.toString()).isEqualTo(language);
    assertThat(triage.path("urgency").path("level").asString())
        .as(triage.toString())
        .isEqualTo("high");
    assertThat(triage.path("sentiment").asString()).as(triage.toString()).isEqualTo("negative");
    assertThat(triage.path("needsResponse").asBoolean()).as(triage.toString()).isTrue();
  }

  private void awaitOwner(long conversation, Api.User agent) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              var owner =
                  api.get("/api/v1/conversations/" + conversation + "/routing", ws.token())
                      .json()
                      .path("assigneeId");
              return owner.isNumber() && Objects.equals(owner.asLong(), agent.id());
            });
  }
}
