package io.purser.assist;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.purser.assist.model.ModelAnswer;
import io.purser.assist.model.ModelProblem;
import io.purser.assist.model.ModelRequest;
import io.purser.assist.model.ModelRequest.Speaker;
import io.purser.assist.model.ModelRequest.Turn;
import io.purser.testing.BrandIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A workspace sets the voice its tone check applies and its external model through the API: only
 * the roles that may, only for itself, never reading a key back, never a model on the
 * installation's own network unless the operator allows that host; and a draft asked of the model
 * carries no personal data.
 */
class AssistSetupIT extends BrandIntegrationTest {

  @Autowired AssistSetup setup;

  @Test
  void supervisorsChangeTheirWorkspacesToneRulesAndAgentsReadThem() {
    var agent = brand.agent("tia");
    var supervisor = brand.supervisor("sam");
    assertThat(api.get("/api/v1/assist/tone-rules", agent.token()).json().get("promises").size())
        .as("a new workspace starts with the default promises")
        .isGreaterThan(5);

    var byAgent =
        api.put("/api/v1/assist/tone-rules", agent.token(), "{\"signatureRequired\":true}");
    assertThat(byAgent.status()).as("agents do not change the rules").isEqualTo(403);

    var changed =
        api.put(
            "/api/v1/assist/tone-rules",
            supervisor.token(),
            """
            {"promises":[{"phrase":"free upgrade","explanation":"upgrades go by status"}],
             "signatureRequired":true,"acronyms":["KLM"],"ownNumbers":["+1 800 555 0100"]}""");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    var read = api.get("/api/v1/assist/tone-rules", agent.token()).json();
    assertThat(read.get("promises").get(0).get("phrase").asString()).isEqualTo("free upgrade");
    assertThat(read.get("promises").size()).isEqualTo(1);
    assertThat(read.get("signatureRequired").asBoolean()).isTrue();
    assertThat(read.get("ownNumbers").get(0).asString()).isEqualTo("18005550100");
    assertThat(setup.toneRules(brand.ws().id()).signaturePattern())
        .as("what the change left out is kept")
        .isEqualTo(io.purser.assist.tone.ToneRules.DEFAULT_SIGNATURE);

    var other = api.newWorkspace();
    assertThat(api.get("/api/v1/assist/tone-rules", other.token()).json().get("promises").size())
        .as("another workspace keeps its own rules")
        .isGreaterThan(5);
  }

  @Test
  void invalidToneRulesAreRefusedWithTheirReasonAndChangeNothing() {
    var token = brand.ws().token();
    for (var body :
        List.of(
            "{\"signaturePattern\":\"(unclosed\"}",
            "{\"signaturePattern\":\"a\\u0000b\"}",
            "{\"promises\":[{\"phrase\":\"  \"}]}",
            "{\"promises\":[null]}",
            "{\"acronyms\":[\"" + "A".repeat(41) + "\"]}",
            "{\"signatureRequired\":\"maybe\"}",
            "not json")) {
      var refused = api.put("/api/v1/assist/tone-rules", token, body);
      assertThat(refused.status()).as(body + " → " + refused.body()).isEqualTo(400);
    }
    assertThat(setup.toneRules(brand.ws().id()))
        .isEqualTo(io.purser.assist.tone.ToneRules.defaults());
  }

  @Test
  void onlyAdminsSetTheModelAndItsKeyIsNeverReadBack() {
    var supervisor = brand.supervisor("sue");
    assertThat(api.get("/api/v1/assist/model", supervisor.token()).status()).isEqualTo(403);
    assertThat(api.put("/api/v1/assist/model", supervisor.token(), "{\"enabled\":false}").status())
        .isEqualTo(403);

    var off = api.get("/api/v1/assist/model", brand.ws().token()).json();
    assertThat(off.get("enabled").asBoolean()).as("off by default").isFalse();

    var set =
        api.put(
            "/api/v1/assist/model",
            brand.ws().token(),
            """
            {"enabled":true,"baseUrl":"%s/model/","model":"llama3.1:8b","apiKey":"sk-secret-123"}"""
                .formatted(networks.baseUrl()));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.body()).doesNotContain("sk-secret-123").contains("\"apiKeySet\":true");
    assertThat(api.get("/api/v1/assist/model", brand.ws().token()).body())
        .doesNotContain("sk-secret-123");

    var renamed =
        api.put("/api/v1/assist/model", brand.ws().token(), "{\"model\":\"llama3.2\"}").json();
    assertThat(renamed.get("apiKeySet").asBoolean()).as("the key stays for the same URL").isTrue();
    assertThat(renamed.get("baseUrl").asString()).isEqualTo(networks.baseUrl() + "/model");
    assertThat(
            api.get("/api/v1/assist/model", api.newWorkspace().token())
                .json()
                .get("enabled")
                .asBoolean())
        .as("another workspace has no model")
        .isFalse();
  }

  @Test
  void aModelOnTheInstallationsOwnNetworkOrWithoutHttpsIsRefused() {
    var token = brand.ws().token();
    for (var url :
        List.of(
            "http://127.0.0.1:5432",
            "https://127.0.0.1/v1",
            "http://169.254.169.254",
            "https://10.0.0.7",
            "ftp://localhost/x",
            "http://user:pw@localhost:1",
            "https://no-such-host.invalid",
            "not a url")) {
      var refused =
          api.put(
              "/api/v1/assist/model",
              token,
              "{\"enabled\":true,\"baseUrl\":\"%s\",\"model\":\"m\"}".formatted(url));
      assertThat(refused.status()).as(url + " → " + refused.body()).isEqualTo(400);
    }
    assertThat(
            api.put("/api/v1/assist/model", token, "{\"enabled\":true,\"baseUrl\":null}").status())
        .as("enabled without a URL or a model name")
        .isEqualTo(400);
    assertThat(setup.model(brand.ws().id()).enabled()).isFalse();
  }

  @Test
  void aDraftAskedOfTheModelCarriesNoPersonalDataAndIsNeverSent() {
    networks.stubFor(
        post(urlEqualTo("/drafts/v1/chat/completions"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"model":"m1","choices":[{"index":0,"message":{"role":"assistant",
                         "content":"We're sorry, let us check booking [BOOKING_REF]."}}]}""")));
    setup.changeModel(
        brand.ws().id(),
        new AssistSetup.ModelChange(
            true, networks.baseUrl() + "/drafts", "m1", "sk-key", null, null));

    var answer =
        setup.draft(
            brand.ws().id(),
            new ModelRequest(
                "Be kind.",
                List.of(
                    new Turn(
                        Speaker.CUSTOMER,
                        "my booking is QX7PLM, mail me at ana.lopez@example.com or +33 6 12 34 56 78"))));

    assertThat(answer).isInstanceOf(ModelAnswer.Drafted.class);
    networks.verify(
        postRequestedFor(urlEqualTo("/drafts/v1/chat/completions"))
            .withHeader("Authorization", equalTo("Bearer sk-key"))
            .withRequestBody(containing("[BOOKING_REF]"))
            .withRequestBody(notContaining("QX7PLM"))
            .withRequestBody(notContaining("ana.lopez"))
            .withRequestBody(notContaining("12 34 56")));
    setup.changeModel(
        brand.ws().id(), new AssistSetup.ModelChange(false, null, null, null, null, null));
    assertThat(
            setup.draft(
                brand.ws().id(), new ModelRequest("", List.of(new Turn(Speaker.CUSTOMER, "hi")))))
        .as("a model switched off is never called")
        .isEqualTo(
            new ModelAnswer.Failed(ModelProblem.DISABLED, "no external model is configured"));
  }
}
