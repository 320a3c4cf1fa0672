package io.purser.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/** What operators and integrators rely on: health, metrics, and the OpenAPI document. */
class OperationsIT extends IntegrationTest {

  @Test
  void reportsHealthToAnyoneButWithoutDetails() {
    var health = api.get("/actuator/health", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asString()).isEqualTo("UP");
    assertThat(health.json().has("components")).isFalse();
    assertThat(health.json().has("details")).isFalse();
  }

  @Test
  void servesPrometheusMetricsOnlyToTheScraperAndTheOperator() {
    var metrics = api.get("/actuator/prometheus", METRICS_TOKEN);
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    assertThat(api.get("/actuator/prometheus", BOOTSTRAP_TOKEN).status()).isEqualTo(200);
  }

  @Test
  void refusesPrometheusMetricsToAnonymousCallersAndToWorkspaceTokens() {
    var anonymous = api.get("/actuator/prometheus", null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain("jvm_memory_used_bytes");
    assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(api.get("/actuator/prometheus", "wrong-token").status()).isEqualTo(401);
    // A tenant's own admin token does not read the installation's metrics: they count every
    // tenant's traffic.
    var tenantAdmin = api.get("/actuator/prometheus", api.newWorkspace().token());
    assertThat(tenantAdmin.status()).isEqualTo(401);
    assertThat(tenantAdmin.body()).doesNotContain("jvm_memory_used_bytes");
    assertThat(api.get("/actuator/env", BOOTSTRAP_TOKEN).status()).isIn(401, 404);
  }

  @Test
  void servesTheOpenApiDocumentOfTheRestApi() {
    var document = api.get("/api/v1/openapi.json", null);
    assertThat(document.status()).isEqualTo(200);
    var paths = document.json().get("paths");
    assertThat(paths.has("/api/v1/channel-accounts")).isTrue();
    assertThat(paths.has("/api/v1/conversations/{id}/replies")).isTrue();
    assertThat(paths.has("/api/v1/messages")).isTrue();
    assertThat(paths.has("/api/v1/triage")).isTrue();
  }

  @Test
  void answersApiErrorsAsProblemDetails() {
    var ws = api.newWorkspace();
    var missing = api.get("/api/v1/conversations/999999999", ws.token());
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.raw().headers().firstValue("Content-Type").orElse(""))
        .contains("problem+json");
    var invalid =
        api.post(
            "/api/v1/channel-accounts",
            ws.token(),
            "{\"network\":\"myspace\",\"externalId\":\"1\",\"name\":\"n\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.raw().headers().firstValue("Content-Type").orElse(""))
        .contains("problem+json");
    var garbage = api.post("/api/v1/channel-accounts", ws.token(), "{not json");
    assertThat(garbage.status()).isEqualTo(400);
  }

  @Test
  void triagesAnyTextThroughTheApi() {
    var ws = api.newWorkspace();
    var result =
        api.post(
            "/api/v1/triage",
            ws.token(),
            "{\"text\":\"@united my flight UA 123 was cancelled and I'm stuck at the airport, conf ABX9KL\",\"network\":\"x\",\"public\":true}");
    assertThat(result.status()).isEqualTo(200);
    var json = result.json();
    assertThat(json.get("needsResponse").asBoolean()).isTrue();
    assertThat(json.get("intent").asString()).isEqualTo("cancellation");
    assertThat(json.get("personalData").get(0).get("kind").asString()).isEqualTo("record_locator");
    assertThat(
            api.post("/api/v1/triage", ws.token(), "{\"text\":\"" + "é".repeat(100_001) + "\"}")
                .status())
        .isEqualTo(400);
    assertThat(api.post("/api/v1/triage", ws.token(), "{\"text\":\"\"}").status()).isEqualTo(200);
  }

  @Test
  void refusesParametersThatAreNotUtf8OrNotANetworkWithA400() {
    var ws = api.newWorkspace();
    var undecodable = api.get("/api/v1/conversations?cursor=%C3%28", ws.token());
    assertThat(undecodable.status()).isEqualTo(400);
    assertThat(undecodable.raw().headers().firstValue("Content-Type").orElse(""))
        .contains("problem+json");
    assertThat(api.get("/api/v1/messages?network=myspace&externalId=1", ws.token()).status())
        .isEqualTo(400);
    assertThat(api.get("/api/v1/messages?network=x&externalId=1", ws.token()).status())
        .isEqualTo(200);
  }
}
