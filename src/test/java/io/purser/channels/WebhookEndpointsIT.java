package io.purser.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.channels.meta.MetaSignatures;
import io.purser.channels.x.XSignatures;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import io.purser.testing.Payloads;
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
  void keepsEventsOfUnknownAccountsAndProcessesThemOnceTheAccountIsRegistered() {
    var account = Ids.random();
    var tweet = Ids.random();
    var body =
        Payloads.xTweet(account, tweet, Ids.random(), "early", "hello @brand", null, Instant.now());
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
    api.registerAccount(ws, "x", account);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        api.get("/api/v1/messages?network=x&externalId=" + tweet, ws.token())
                            .json()
                            .get("items")
                            .size())
                    .isEqualTo(1));
  }
}
