package io.purser.reply;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.purser.testing.NetworkStandIn.xPostCreated;
import static io.purser.testing.NetworkStandIn.xPosts;
import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.Api;
import io.purser.testing.Brand;
import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import io.purser.testing.Payloads;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Replies leave through the outbox to the network APIs (WireMock stand-ins), never twice. */
class ReplyDeliveryIT extends BrandIntegrationTest {

  @BeforeEach
  void forgetEarlierStubs() {
    networks.resetAll();
  }

  private long customerTweet(String tweet, String text) {
    return brand.tweet(tweet, Brand.CUSTOMER_HANDLE, text);
  }

  private Api.Response reply(long conversation, String json) {
    return api.reply(conversation, ws.token(), json);
  }

  /** The reply "Once", sent under the agent's click's idempotency key. */
  private Api.Response replyOnce(long conversation, String idempotencyKey) {
    return api.reply(conversation, ws.token(), "{\"text\":\"Once\"}", idempotencyKey);
  }

  private JsonNode awaitReplyStatus(long conversation, String status) {
    return brand.awaitLatest(conversation, status);
  }

  @Test
  void postsAPublicReplyToTheCustomersTweetAndRecordsTheNetworksId() {
    networks.stubFor(xPosts().willReturn(xPostCreated("1445880548472328192")));
    var tweet = Ids.random();
    long conversation = customerTweet(tweet, "@brand where is my bag?");
    var queued = reply(conversation, "{\"text\":\"On it\"}");
    assertThat(queued.status()).isEqualTo(202);
    assertThat(queued.json().get("visibility").asString()).isEqualTo("public");

    var sent = awaitReplyStatus(conversation, "sent");
    assertThat(sent.get("externalId").asString()).isEqualTo("1445880548472328192");
    assertThat(
            api.get("/api/v1/conversations/" + conversation, ws.token())
                .json()
                .get("status")
                .asString())
        .as("an answered conversation is open")
        .isEqualTo("open");
    networks.verify(
        1,
        postRequestedFor(urlEqualTo("/2/tweets"))
            .withHeader("Authorization", equalTo("Bearer tok-" + account))
            .withRequestBody(
                equalToJson(
                    "{\"text\":\"On it\",\"reply\":{\"in_reply_to_tweet_id\":\""
                        + tweet
                        + "\"}}")));
  }

  @Test
  void retriesAfterAServerErrorAndSendsOnce() {
    networks.stubFor(
        post(urlEqualTo("/2/tweets"))
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    networks.stubFor(
        post(urlEqualTo("/2/tweets"))
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(xPostCreated("99")));
    long conversation = customerTweet(Ids.random(), "@brand hello?");
    reply(conversation, "{\"text\":\"Hello!\"}");
    awaitReplyStatus(conversation, "sent");
    networks.verify(2, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void aTimedOutSendWaitsForTheEchoAndIsNeverPostedTwice() throws InterruptedException {
    networks.stubFor(
        post(urlEqualTo("/2/tweets")).willReturn(xPostCreated("77").withFixedDelay(8_000)));
    var tweet = Ids.random();
    long conversation = customerTweet(tweet, "@brand are you there?");
    reply(conversation, "{\"text\":\"We are here\"}");
    awaitReplyStatus(conversation, "checking");

    // X delivers the echo of the post that did go out.
    var posted = Ids.random();
    api.deliverX(
        Payloads.xTweet(account, posted, account, "brand", "We are here", tweet, Instant.now()));
    var confirmed = awaitReplyStatus(conversation, "sent");
    assertThat(confirmed.get("externalId").asString()).isEqualTo(posted);

    Thread.sleep(4_000); // longer than the reconcile window: nothing may be retried
    networks.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
    assertThat(brand.messages(conversation).size())
        .as("the echo is not a second message")
        .isEqualTo(2);
  }

  @Test
  void marksAReplyTheNetworkRejectsAsFailedWithItsError() {
    networks.stubFor(
        post(urlEqualTo("/2/tweets"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(
                        "{\"title\":\"Forbidden\",\"detail\":\"You are not permitted to reply\",\"type\":\"about:blank\",\"status\":403}")));
    long conversation = customerTweet(Ids.random(), "@brand hi");
    reply(conversation, "{\"text\":\"Hi\"}");
    var failed = awaitReplyStatus(conversation, "failed");
    assertThat(failed.get("deliveryError").asString()).contains("not permitted");
  }

  @Test
  void refusesARepliesTheNetworkWouldRefuseBeforeStoringIt() {
    long conversation = customerTweet(Ids.random(), "@brand hi");
    var tooLong = reply(conversation, "{\"text\":\"" + "a".repeat(281) + "\"}");
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(tooLong.json().get("detail").asString()).contains("280");
    assertThat(reply(conversation, "{\"text\":\"  \"}").status()).isEqualTo(422);
    assertThat(brand.messages(conversation).size()).isEqualTo(1);
  }

  @Test
  void refusesAPublicReplyThatWouldShowPersonalData() {
    long conversation = customerTweet(Ids.random(), "@brand my flight was moved");
    var exposed =
        reply(
            conversation,
            "{\"text\":\"Your booking ref is QXJ4PL, e-mail jane.doe@example.com\",\"visibility\":\"public\"}");
    assertThat(exposed.status()).isEqualTo(422);
    assertThat(exposed.json().get("detail").asString()).contains("personal data").contains("email");
    assertThat(brand.messages(conversation).size()).as("nothing stored").isEqualTo(1);
  }

  @Test
  void storesCustomerMessagesTriagedAndWithCardNumbersMasked() {
    var tweet = Ids.random();
    customerTweet(
        tweet, "@brand charged twice on card 4111 1111 1111 1111, flight leaves in 2 hours!");
    var stored = brand.message(tweet);
    assertThat(stored.get("text").asString())
        .doesNotContain("4111 1111 1111 1111")
        .contains("1111");
    assertThat(stored.get("triage").get("personalData").get(0).get("kind").asString())
        .isEqualTo("payment_card");
    assertThat(stored.get("triage").get("needsResponse").asBoolean()).isTrue();
    assertThat(stored.get("triage").has("modelVersion")).isTrue();
    assertThat(stored.toString()).doesNotContain("4111 1111 1111 1111");
  }

  @Test
  void theSameIdempotencyKeyQueuesOneReply() {
    networks.stubFor(xPosts().willReturn(xPostCreated("55")));
    long conversation = customerTweet(Ids.random(), "@brand hi");
    var first = replyOnce(conversation, "agent-click-1");
    var again = replyOnce(conversation, "agent-click-1");
    assertThat(first.status()).isEqualTo(202);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
    awaitReplyStatus(conversation, "sent");
    networks.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void answersAMessengerCustomerPrivatelyWithinTheWindow() {
    var page = brand.register("facebook");
    networks.stubFor(
        post(urlEqualTo("/v21.0/" + page + "/messages"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"recipient_id\":\"1\",\"message_id\":\"m_reply_1\"}")));
    var customer = Ids.random();
    var mid = "m_" + Ids.random();
    brand.deliverMeta(
        Payloads.messengerText(page, customer, mid, "Can I change my seat?", Instant.now()));
    long conversation = brand.conversationOf("facebook", mid);
    reply(conversation, "{\"text\":\"Yes, which seat?\"}");
    var sent = awaitReplyStatus(conversation, "sent");
    assertThat(sent.get("externalId").asString()).isEqualTo("m_reply_1");
    networks.verify(
        1,
        postRequestedFor(urlEqualTo("/v21.0/" + page + "/messages"))
            .withRequestBody(
                equalToJson(
                    "{\"recipient\":{\"id\":\""
                        + customer
                        + "\"},\"messaging_type\":\"RESPONSE\",\"message\":{\"text\":\"Yes, which seat?\"}}",
                    true,
                    true)));
  }
}
