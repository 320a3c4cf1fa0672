package io.purser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A brand's own triage rules apply to its messages; agents' corrections become its labels. */
class TriageRulesIT extends BrandIntegrationTest {

  private JsonNode deliver(String text) {
    var tweet = Ids.random();
    brand.tweet(tweet, "fan", text);
    return brand.message(tweet);
  }

  @Test
  void hidesMessagesABrandRuleSaysAreNotForIt() {
    var created =
        api.post(
            "/api/v1/triage/rules",
            ws.token(),
            "{\"name\":\"football\",\"match\":\"KEYWORD\",\"pattern\":\"Manchester United\",\"action\":\"HIDE\"}");
    assertThat(created.status()).isEqualTo(201);
    var football = deliver("@united Manchester United were robbed tonight!! help");
    assertThat(football.get("triage").get("needsResponse").asBoolean()).isFalse();
    assertThat(football.get("triage").get("brandActions").get("hidden").asBoolean()).isTrue();
    var traveller = deliver("@united my flight to Manchester was cancelled, please help");
    assertThat(traveller.get("triage").get("needsResponse").asBoolean()).isTrue();

    var other = api.newWorkspace();
    assertThat(api.get("/api/v1/triage/rules", other.token()).json().get("items").size()).isZero();
    var id = created.json().get("id").asLong();
    assertThat(api.get("/api/v1/triage/rules", ws.token()).json().get("items").size()).isEqualTo(1);
    assertThat(api.deleteStatus("/api/v1/triage/rules/" + id, other.token())).isEqualTo(404);
    assertThat(api.deleteStatus("/api/v1/triage/rules/" + id, ws.token())).isEqualTo(204);
  }

  @Test
  void refusesInvalidRulesAndAgentsChangingThem() {
    var badRegex =
        api.post(
            "/api/v1/triage/rules",
            ws.token(),
            "{\"name\":\"broken\",\"match\":\"REGEX\",\"pattern\":\"([a-z\",\"action\":\"TAG\",\"value\":\"x\"}");
    assertThat(badRegex.status()).isEqualTo(400);
    assertThat(badRegex.json().get("detail").asString()).contains("regular expression");
    var noValue =
        api.post(
            "/api/v1/triage/rules",
            ws.token(),
            "{\"name\":\"route\",\"match\":\"LANGUAGE\",\"pattern\":\"es\",\"action\":\"ROUTE\"}");
    assertThat(noValue.status()).isEqualTo(400);
    var agent =
        api.post("/api/v1/tokens", ws.token(), "{\"name\":\"a\",\"role\":\"AGENT\"}")
            .json()
            .get("token")
            .asString();
    assertThat(
            api.post(
                    "/api/v1/triage/rules",
                    agent,
                    "{\"name\":\"t\",\"match\":\"KEYWORD\",\"pattern\":\"x\",\"action\":\"RAISE_PRIORITY\"}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void storesAgentsCorrectionsAndExportsThemAsTrainingLabels() {
    var message =
        deliver("@united \"moved\" my return flight three hours earlier, need another one");
    long id = message.get("id").asLong();
    var corrected =
        api.post(
            "/api/v1/messages/" + id + "/triage-corrections",
            ws.token(),
            "{\"intent\":\"rebooking\",\"needsResponse\":true}");
    assertThat(corrected.status()).isEqualTo(201);
    var invalid =
        api.post(
            "/api/v1/messages/" + id + "/triage-corrections",
            ws.token(),
            "{\"intent\":\"teleport\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("detail").asString()).contains("rebooking");
    assertThat(
            api.post("/api/v1/messages/" + id + "/triage-corrections", ws.token(), "{}").status())
        .isEqualTo(400);
    var other = api.newWorkspace();
    assertThat(
            api.post(
                    "/api/v1/messages/" + id + "/triage-corrections",
                    other.token(),
                    "{\"intent\":\"delay\"}")
                .status())
        .isEqualTo(404);

    var csv = api.get("/api/v1/triage/corrections", ws.token()).body();
    assertThat(csv).startsWith("text,sentiment,intent,category,needs_response\n");
    assertThat(csv)
        .contains(
            "\"@united \"\"moved\"\" my return flight three hours earlier, need another one\",,rebooking,,true");
  }
}
