package io.purser.channels;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.channels.meta.MetaSignatures;
import io.purser.channels.webhook.WebhookBodies;
import io.purser.channels.x.XSignatures;
import io.purser.testing.Api;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import io.purser.testing.Payloads;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The webhook contract of DESIGN.md: handshakes, signatures, size limit, malformed bodies. */
class WebhookEndpointsIT extends IntegrationTest {

  private long stored() {
    var deliveries = api.get("/api/v1/inbox", BOOTSTRAP_TOKEN).json().get("deliveries");
    long total = 0;
    for (var status : deliveries.propertyNames()) {
      total += deliveries.get(status).asLong();
    }
    return total;
  }

  @Test
  void answersTheXChallengeWithTheSignedToken() {
    // The X documentation's vector, with this test's consumer secret.
    var response = api.get("/webhooks/x?crc_token=challenge_string", null);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("response_token").asString())
        .isEqualTo(XSignatures.sign(X_SECRET, "challenge_string".getBytes(StandardCharsets.UTF_8)));
    assertThat(api.get("/webhooks/x", null).status()).isEqualTo(400);
  }

  /**
   * The CRC answer is HMAC(consumer secret, token) in the delivery signature's own format: were any
   * text answered, a JSON body sent as the token would come back as its own valid signature.
   */
  @Test
  void theXChallengeCannotBeUsedToSignAForgedDelivery() throws Exception {
    var account = Ids.random();
    var ws = api.newWorkspace();
    api.registerAccount(ws, "x", account);
    var forged =
        Payloads.xDirectMessage(
            account,
            Ids.random(),
            Ids.random(),
            account,
            "your booking is cancelled",
            Instant.now());
    long before = stored();

    var asked =
        api.get(
            "/webhooks/x?crc_token="
                + URLEncoder.encode(new String(forged, StandardCharsets.UTF_8), UTF_8),
            null);
    assertThat(asked.status()).isEqualTo(400);
    assertThat(asked.body()).doesNotContain("response_token");
    // Without the oracle the attacker has no signature to send: 401, and nothing is stored.
    assertThat(api.deliver("/webhooks/x", forged, XSignatures.HEADER, null).status())
        .isEqualTo(401);
    // A token-shaped body is signed, but is no JSON object: refused before the inbox.
    var tokenLike = api.get("/webhooks/x?crc_token=12345", null).json();
    var numberBody = "12345".getBytes(StandardCharsets.UTF_8);
    assertThat(
            api.deliver(
                    "/webhooks/x",
                    numberBody,
                    XSignatures.HEADER,
                    tokenLike.get("response_token").asString())
                .status())
        .isEqualTo(400);
    assertThat(stored()).isEqualTo(before);
    assertThat(api.get("/webhooks/x?crc_token=" + "a".repeat(129), null).status()).isEqualTo(400);
  }

  /** X signs its CRC request too; a request that carries a wrong signature is not answered. */
  @Test
  void answersASignedChallengeOnlyWhenItsSignatureIsRight() throws Exception {
    var query =
        "crc_token=OWY4ODQ2ZjgtNDljMC00NDY2LWJhMGQtYTE4NzQ0MTM2OGFi&nonce=MTQ4Nzk3OTc0NDI1MA";
    var good = XSignatures.sign(X_SECRET, query.getBytes(StandardCharsets.UTF_8));
    var http = HttpClient.newHttpClient();
    for (var signature : new String[] {good, XSignatures.sign("not-the-secret", new byte[] {1})}) {
      var response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + port + "/webhooks/x?" + query))
                  .header(XSignatures.HEADER, signature)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(signature.equals(good) ? 200 : 401);
    }
  }

  @Test
  void answersTheMetaHandshakeOnlyWithTheRightVerifyToken() {
    var ok =
        api.get(
            "/webhooks/meta?hub.mode=subscribe&hub.verify_token="
                + META_VERIFY_TOKEN
                + "&hub.challenge=1158201444",
            null);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("1158201444");
    var wrong =
        api.get("/webhooks/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1", null);
    assertThat(wrong.status()).isEqualTo(403);
  }

  @Test
  void refusesBadOrMissingSignaturesAndStoresNothing() {
    var body =
        Payloads.xTweet(
            Ids.random(), Ids.random(), Ids.random(), "someone", "hi", null, Instant.now());
    long before = stored();
    var forged = XSignatures.sign("not-the-secret", body);
    assertThat(api.deliver("/webhooks/x", body, XSignatures.HEADER, forged).status())
        .isEqualTo(401);
    assertThat(api.deliver("/webhooks/x", body, XSignatures.HEADER, null).status()).isEqualTo(401);
    assertThat(api.deliver("/webhooks/x", body, XSignatures.HEADER, "sha256=garbage!").status())
        .isEqualTo(401);
    var meta =
        Payloads.messengerText(
            Ids.random(), Ids.random(), "m_" + Ids.random(), "hi", Instant.now());
    var metaForged = MetaSignatures.sign("not-the-secret", meta);
    assertThat(api.deliver("/webhooks/meta", meta, MetaSignatures.HEADER, metaForged).status())
        .isEqualTo(401);
    assertThat(stored()).isEqualTo(before);
  }

  /**
   * Deliveries are taken ahead of Spring MVC and Security (see WebhookDeliveries); their answers
   * must still be what the networks and operators expect: problem details on refusal, Meta's
   * EVENT_RECEIVED, an empty 200 for X, and a timer per network and answer.
   */
  @Test
  void answersDeliveriesWithProblemDetailsAndTheNetworksAcknowledgementsAndTimesThem() {
    var refused =
        api.deliver(
            "/webhooks/x", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), XSignatures.HEADER, null);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.raw().headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
    var problem = refused.json();
    assertThat(problem.get("status").asInt()).isEqualTo(401);
    assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
    assertThat(problem.get("detail").asString()).contains(XSignatures.HEADER);
    assertThat(problem.get("instance").asString()).isEqualTo("/webhooks/x");

    var meta =
        api.deliverMeta(
            Payloads.messengerText(
                Ids.random(), Ids.random(), "m_" + Ids.random(), "hi", Instant.now()));
    assertThat(meta.status()).isEqualTo(200);
    assertThat(meta.body()).isEqualTo("EVENT_RECEIVED");
    var x =
        api.deliverX(
            Payloads.xTweet(
                Ids.random(), Ids.random(), Ids.random(), "someone", "hi", null, Instant.now()));
    assertThat(x.status()).isEqualTo(200);
    assertThat(x.body()).isEmpty();

    // Anything but a POST to a webhook's exact path goes on to Spring MVC as before.
    assertThat(api.get("/webhooks/x?crc_token=abc", null).status()).isEqualTo(200);

    var metrics = api.get("/actuator/prometheus", METRICS_TOKEN).body();
    assertThat(metrics)
        .contains("purser_webhook_deliveries_seconds_count{network=\"x\",status=\"401\"}")
        .contains("purser_webhook_deliveries_seconds_count{network=\"meta\",status=\"200\"}");
  }

  @Test
  void refusesMalformedJsonWithAGoodSignatureWith400() {
    long before = stored();
    for (var text : new String[] {"{\"for_user_id\":", "not json", "[1,2]", "", "{} trailing"}) {
      var body = text.getBytes(StandardCharsets.UTF_8);
      assertThat(api.deliverX(body).status()).as(text).isEqualTo(400);
      assertThat(api.deliverMeta(body).status()).as(text).isEqualTo(400);
    }
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void refusesBodiesOverOneMebibyteWith413() {
    var huge = new byte[WebhookBodies.MAX_BYTES + 1];
    Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    huge[huge.length - 1] = '}';
    long before = stored();
    assertThat(api.deliverX(huge).status()).isEqualTo(413);
    assertThat(api.deliverMeta(huge).status()).isEqualTo(413);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void keepsEventsOfUnknownAccountsUntilTheOperatorReleasesThemToTheAccountsOwner() {
    var account = Ids.random();
    var early = Ids.random();
    var body =
        Payloads.xTweet(account, early, Ids.random(), "early", "hello @brand", null, Instant.now());
    assertThat(api.deliverX(body).status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(api.get("/api/v1/unroutable-events", BOOTSTRAP_TOKEN).body())
                    .contains("\"accountExternalId\":\"" + account + "\""));
    var ws = api.newWorkspace();
    assertThat(api.get("/api/v1/unroutable-events", ws.token()).status())
        .as("only the installation admin sees deliveries of no workspace")
        .isEqualTo(403);
    var release = "{\"network\":\"x\",\"externalId\":\"" + account + "\"}";
    assertThat(api.post("/api/v1/unroutable-events/release", BOOTSTRAP_TOKEN, release).status())
        .as("nobody owns the account yet")
        .isEqualTo(409);

    api.registerAccount(ws, "x", account);
    var later = Ids.random();
    api.deliverX(
        Payloads.xTweet(account, later, Ids.random(), "later", "hi @brand", null, Instant.now()));
    awaitMessage(ws, later);
    assertThat(messages(ws, early))
        .as("registering an account does not hand it what was sent before")
        .isZero();
    assertThat(api.post("/api/v1/unroutable-events/release", ws.token(), release).status())
        .as("only the operator releases")
        .isEqualTo(403);
    assertThat(messages(ws, early)).isZero();

    var released = api.post("/api/v1/unroutable-events/release", BOOTSTRAP_TOKEN, release);
    assertThat(released.status()).isEqualTo(200);
    assertThat(released.json().get("workspaceId").asLong()).isEqualTo(ws.id());
    assertThat(released.json().get("deliveries").asInt()).isEqualTo(1);
    awaitMessage(ws, early);
    assertThat(api.get("/api/v1/unroutable-events", BOOTSTRAP_TOKEN).body())
        .doesNotContain("\"accountExternalId\":\"" + account + "\"");
  }

  private long messages(Api.Workspace ws, String tweet) {
    return api.get("/api/v1/messages?network=x&externalId=" + tweet, ws.token())
        .json()
        .get("items")
        .size();
  }

  private void awaitMessage(Api.Workspace ws, String tweet) {
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(messages(ws, tweet)).isEqualTo(1));
  }
}
