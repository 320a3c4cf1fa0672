package io.purser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Triage answers the languages a workspace's agents speak: a message in another language is
 * undetermined (routing offers it to any agent), with the language recognised in its reasons.
 */
class ServedLanguagesIT extends BrandIntegrationTest {

  private JsonNode triageOf(String text) {
    var tweet = Ids.random();
    brand.tweet(tweet, "traveller", text);
    return brand.message(tweet).get("triage");
  }

  private void setEveryAgentsLanguages(String languages) {
    var agents = api.get("/api/v1/agents", ws.token()).json().get("items");
    assertThat(agents.size()).isPositive();
    for (JsonNode agent : agents) {
      var updated =
          api.put(
              "/api/v1/agents/" + agent.get("userId").asLong(),
              ws.token(),
              "{\"capacity\":5,\"languages\":" + languages + "}");
      assertThat(updated.status()).isEqualTo(200);
    }
  }

  @Test
  void aLanguageNoAgentSpeaksIsUndeterminedUntilAnAgentSpeaksIt() {
    String spanish = "@united perdí mi conexión en Madrid y nadie me ayuda";
    // A workspace without agents takes any language; its first agent takes any until given some.
    assertThat(triageOf(spanish).get("language").asString()).isEqualTo("es");
    api.newUser(ws, "ana-" + Ids.random(), "AGENT");
    api.newUser(ws, "luc-" + Ids.random(), "AGENT");
    setEveryAgentsLanguages("[\"en\",\"fr\"]");

    var notServed = triageOf(spanish);
    assertThat(notServed.get("language").asString()).isEqualTo("und");
    assertThat(notServed.get("reasons").toString()).contains("detected=es");
    assertThat(
            triageOf("@united je vais rater mon vol, personne ne répond")
                .get("language")
                .asString())
        .isEqualTo("fr");

    setEveryAgentsLanguages("[\"en\",\"es\"]");
    assertThat(triageOf(spanish).get("language").asString()).isEqualTo("es");
  }
}
