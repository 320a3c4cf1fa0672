package io.purser.reply;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.purser.testing.NetworkStandIn.xPostCreated;
import static io.purser.testing.NetworkStandIn.xPosts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.purser.testing.Api;
import io.purser.testing.Brand;
import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import io.purser.testing.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The networks misbehave (slow answers, 5xx, cut connections, a post accepted but answered after
 * the read timeout of 5 s) and the database goes away while a result is recorded: no reply is ever
 * posted twice, and none is left "sending". A reply whose fate is unknown is looked up on the
 * network (X) or recognised by its echo (Messenger), or shown to the agent as unknown (WhatsApp).
 */
class NetworkFaultsIT extends BrandIntegrationTest {

  /** Longer than purser.x.read-timeout (5 s in tests): X posts, but we never hear. */
  private static final int PAST_READ_TIMEOUT_MS = 7_000;

  @Autowired JdbcClient jdbc;
  @Autowired Outbox outbox;

  @BeforeEach
  void forgetEarlierStubs() {
    networks.resetAll();
  }

  @AfterEach
  void nothingIsLeftSending() {
    OutboxFaults.failRecordingSent(0);
    assertThat(
            jdbc.sql("select count(*) from outbox where workspace_id = ? and status = 'sending'")
                .param(ws.id())
                .query(Long.class)
                .single())
        .as("no reply is stuck in sending")
        .isZero();
  }

  @Test
  void aSlowAnswerWithinTheTimeoutIsOnePost() {
    var tweet = customerTweet();
    networks.stubFor(replyTo(tweet).willReturn(xPostCreated("8001").withFixedDelay(2_000)));

    reply(tweet.conversation(), "Thanks for waiting");

    assertThat(awaitStatus(tweet.conversation(), "sent").get("externalId").asString())
        .isEqualTo("8001");
    networks.verify(1, postsAnswering(tweet));
  }

  @Test
  void aPostAcceptedButAnsweredAfterTheTimeoutIsFoundOnTheTimelineNotPostedAgain()
      throws InterruptedException {
    var tweet = customerTweet();
    networks.stubFor(
        replyTo(tweet).willReturn(xPostCreated("8002").withFixedDelay(PAST_READ_TIMEOUT_MS)));
    // X shortens the link and puts the customer's handle in front.
    timelineShows("8002", tweet.id(), "@traveller Rebook at https://t.co/Xy12");

    reply(tweet.conversation(), "Rebook at https://example.com/rebook");

    awaitStatus(tweet.conversation(), "checking");
    var sent = awaitStatus(tweet.conversation(), "sent");
    assertThat(sent.get("externalId").asString()).isEqualTo("8002");
    Thread.sleep(3_000);
    networks.verify(1, postsAnswering(tweet));
    networks.verify(getRequestedFor(urlPathEqualTo("/2/users/" + account + "/tweets")));
  }

  @Test
  void aResetConnectionIsLookedUpAndSentAgainOnlyWhenXShowsNothing() {
    var tweet = customerTweet();
    networks.stubFor(
        replyTo(tweet)
            .inScenario("reset " + tweet.id())
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("up"));
    networks.stubFor(
        replyTo(tweet)
            .inScenario("reset " + tweet.id())
            .whenScenarioStateIs("up")
            .willReturn(xPostCreated("8003")));
    networks.stubFor(
        get(urlPathEqualTo("/2/users/" + account + "/tweets"))
            .willReturn(json(200, "{\"meta\":{\"result_count\":0}}")));

    reply(tweet.conversation(), "Sorry about that");

    assertThat(awaitStatus(tweet.conversation(), "sent").get("externalId").asString())
        .isEqualTo("8003");
    networks.verify(2, postsAnswering(tweet));
    assertThat(outboxRow(tweet.conversation()).get("resends")).isEqualTo(1);
  }

  @Test
  void aFiveHundredThenSuccessIsOneMessengerMessage() {
    var chat = messengerChat();
    networks.stubFor(
        post(urlEqualTo(chat.messagesPath()))
            .inScenario("flaky " + chat.page())
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("up"));
    networks.stubFor(
        post(urlEqualTo(chat.messagesPath()))
            .inScenario("flaky " + chat.page())
            .whenScenarioStateIs("up")
            .willReturn(json(200, "{\"recipient_id\":\"1\",\"message_id\":\"m_ok\"}")));

    reply(chat.conversation(), "Which seat would you like?");

    assertThat(awaitStatus(chat.conversation(), "sent").get("externalId").asString())
        .isEqualTo("m_ok");
    networks.verify(2, postRequestedFor(urlEqualTo(chat.messagesPath())));
  }

  @Test
  void aMessengerReplyCutOffIsConfirmedByTheEchoOfItsOwnKey() throws InterruptedException {
    var chat = messengerChat();
    networks.stubFor(
        post(urlEqualTo(chat.messagesPath()))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    // The agent said the same words twice; both sends were cut off.
    var first = reply(chat.conversation(), "Thank you");
    awaitStatus(chat.conversation(), "checking");
    var second = reply(chat.conversation(), "Thank you");
    awaitStatus(chat.conversation(), "checking");

    // Meta posted the second and echoes the metadata we sent with it.
    var sent = networks.findAll(postRequestedFor(urlEqualTo(chat.messagesPath())));
    assertThat(sent).hasSize(2);
    var metadata =
        Api.JSON
            .readTree(sent.get(1).getBodyAsString())
            .path("message")
            .path("metadata")
            .asString();
    assertThat(metadata).startsWith("purser:");
    var echoMid = "m_echo_" + Ids.random();
    api.deliverMeta(messengerEcho(chat.page(), chat.customer(), echoMid, "Thank you", metadata));

    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                echoMid.equals(message(chat.conversation(), second).path("externalId").asString()));
    assertThat(message(chat.conversation(), second).get("deliveryStatus").asString())
        .isEqualTo("sent");
    assertThat(message(chat.conversation(), first).hasNonNull("externalId"))
        .as("the echo names the second reply, not the first with the same text")
        .isFalse();
    Thread.sleep(2_000);
    networks.verify(2, postRequestedFor(urlEqualTo(chat.messagesPath())));
    assertThat(messages(chat.conversation()).size())
        .as("the echo is not a message of its own")
        .isEqualTo(3);
  }

  @Test
  void aWhatsAppReplyWithNoAnswerIsShownUnknownAndSentAgainOnlyByTheAgent()
      throws InterruptedException {
    var chat = whatsAppChat();
    networks.stubFor(
        post(urlEqualTo(chat.messagesPath()))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    var replyId = reply(chat.conversation(), "We have rebooked you");
    var unknown = awaitStatus(chat.conversation(), "unknown");
    assertThat(unknown.get("deliveryError").asString()).contains("WhatsApp");
    Thread.sleep(2_000);
    networks.verify(1, postRequestedFor(urlEqualTo(chat.messagesPath())));

    var sendAgain = sendAgainPath(chat.conversation(), replyId);
    var stranger = api.newWorkspace();
    assertThat(api.post(sendAgain, stranger.token(), "{}").status())
        .as("another workspace cannot send it")
        .isEqualTo(404);
    networks.stubFor(
        post(urlEqualTo(chat.messagesPath()))
            .willReturn(
                json(
                    200,
                    "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.OK\"}]}")));
    assertThat(api.post(sendAgain, ws.token(), "{}").status()).isEqualTo(202);

    assertThat(awaitStatus(chat.conversation(), "sent").get("externalId").asString())
        .isEqualTo("wamid.OK");
    networks.verify(2, postRequestedFor(urlEqualTo(chat.messagesPath())));
    assertThat(api.post(sendAgain, ws.token(), "{}").status())
        .as("a sent reply is not sent again")
        .isEqualTo(409);
  }

  @Test
  void aLookUpThatFailsLeavesTheReplyUnknownAndVisibleNeverResent() throws InterruptedException {
    var tweet = customerTweet();
    networks.stubFor(
        replyTo(tweet).willReturn(xPostCreated("8004").withFixedDelay(PAST_READ_TIMEOUT_MS)));
    networks.stubFor(
        get(urlPathEqualTo("/2/users/" + account + "/tweets"))
            .willReturn(aResponse().withStatus(503)));

    reply(tweet.conversation(), "Checking your booking");

    var unknown = awaitStatus(tweet.conversation(), "unknown");
    assertThat(unknown.get("deliveryError").asString()).contains("503");
    Thread.sleep(3_000);
    networks.verify(1, postsAnswering(tweet));
    assertThat(outboxRow(tweet.conversation()).get("status")).isEqualTo("held");
  }

  @Test
  void aSendLeftSendingByADeadNodeIsReconciledNotResent() {
    var tweet = customerTweet();
    long replyId = queuedWhileXIsDown(tweet, "On it");

    // As a node leaves it when it dies after X took the post: sending, its lease run out.
    var now = Instant.now();
    jdbc.sql(
            "update outbox set status = 'sending', claimed_at = ?, next_attempt_at = ? where"
                + " message_id = ?")
        .params(utc(now.minusSeconds(30)), utc(now.minusSeconds(1)), replyId)
        .update();
    timelineShows("8005", tweet.id(), "@traveller On it");

    assertThat(awaitStatus(tweet.conversation(), "sent").get("externalId").asString())
        .isEqualTo("8005");
    networks.verify(1, postsAnswering(tweet));
  }

  @Test
  void aSendWhoseLeaseAnotherWorkerTookOverIsNotRenewedSoNotSent() {
    var tweet = customerTweet();
    long replyId = queuedWhileXIsDown(tweet, "Looking into it");
    long row = outbox.findByMessage(ws.id(), replyId).orElseThrow().id();
    var claimedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    var leaseUntil = claimedAt.plusSeconds(60);

    outbox.markSending(row, 2, claimedAt, leaseUntil);
    assertThat(outbox.renewSending(row, claimedAt, leaseUntil)).as("our own claim").isTrue();
    assertThat(outbox.renewSending(row, claimedAt.plusMillis(1), leaseUntil))
        .as("someone else's claim")
        .isFalse();
    // Our lease ran out meanwhile and another worker took the row over to reconcile it.
    jdbc.sql("update outbox set status = 'unknown' where id = ?").param(row).update();
    assertThat(outbox.renewSending(row, claimedAt, leaseUntil)).isFalse();

    jdbc.sql("update outbox set status = 'held' where id = ?").param(row).update();
    networks.verify(1, postsAnswering(tweet));
  }

  @Test
  void aResultTheDatabaseCouldNotRecordIsRetriedAndTheReplyDeliveredOnce() {
    var tweet = customerTweet();
    networks.stubFor(replyTo(tweet).willReturn(xPostCreated("8006")));
    OutboxFaults.failRecordingSent(3);

    reply(tweet.conversation(), "Done, you are on the 18:05");

    assertThat(awaitStatus(tweet.conversation(), "sent").get("externalId").asString())
        .isEqualTo("8006");
    assertThat(OutboxFaults.spent()).as("the database was away three times").isTrue();
    networks.verify(1, postsAnswering(tweet));
  }

  // --- the customer's side ---------------------------------------------------------------

  private record Tweet(String id, long conversation) {}

  private record Chat(String page, String customer, long conversation, String messagesPath) {}

  private Tweet customerTweet() {
    var id = Ids.random();
    return new Tweet(id, brand.tweet(id, Brand.CUSTOMER_HANDLE, "@brand help"));
  }

  private Chat messengerChat() {
    var page = brand.register("facebook");
    var customer = Ids.random();
    var mid = "m_" + Ids.random();
    brand.deliverMeta(
        Payloads.messengerText(page, customer, mid, "Can I pick a seat?", Instant.now()));
    return new Chat(
        page, customer, brand.conversationOf("facebook", mid), "/v21.0/" + page + "/messages");
  }

  private Chat whatsAppChat() {
    var waba = brand.register("whatsapp");
    var phoneNumberId = Ids.random();
    var customer = "4915" + Ids.random().substring(0, 8);
    var wamid = "wamid." + Ids.random();
    var body =
        """
        {"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"field":"messages",
         "value":{"messaging_product":"whatsapp",
          "metadata":{"display_phone_number":"1234567891","phone_number_id":"%s"},
          "contacts":[{"profile":{"name":"Ana"},"wa_id":"%s"}],
          "messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"text",
                       "text":{"body":"Is my flight on time?"}}]}}]}]}"""
            .formatted(
                waba, phoneNumberId, customer, customer, wamid, Instant.now().getEpochSecond());
    brand.deliverMeta(body.getBytes(StandardCharsets.UTF_8));
    return new Chat(
        phoneNumberId,
        customer,
        brand.conversationOf("whatsapp", wamid),
        "/v21.0/" + phoneNumberId + "/messages");
  }

  private static byte[] messengerEcho(
      String page, String customer, String mid, String text, String metadata) {
    var at = Instant.now().toEpochMilli();
    return """
        {"object":"page","entry":[{"id":"%s","time":%d,"messaging":[{"sender":{"id":"%s"},
         "recipient":{"id":"%s"},"timestamp":%d,
         "message":{"mid":"%s","is_echo":true,"text":"%s","metadata":"%s"}}]}]}"""
        .formatted(page, at, page, customer, at, mid, text, metadata)
        .getBytes(StandardCharsets.UTF_8);
  }

  // --- the brand's side ------------------------------------------------------------------

  /** A reply to the tweet, queued in the outbox while X answers 503 for the next hour. */
  private long queuedWhileXIsDown(Tweet tweet, String text) {
    networks.stubFor(
        replyTo(tweet).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")));
    long replyId = reply(tweet.conversation(), text);
    awaitStatus(tweet.conversation(), "queued");
    return replyId;
  }

  private long reply(long conversation, String text) {
    var queued =
        api.reply(
            conversation, ws.token(), "{\"text\":\"" + text + "\"}", "faults-" + Ids.random());
    assertThat(queued.status()).isEqualTo(202);
    return queued.json().get("id").asLong();
  }

  private static String sendAgainPath(long conversation, long message) {
    return "/api/v1/conversations/" + conversation + "/messages/" + message + "/send-again";
  }

  private JsonNode messages(long conversation) {
    return brand.messages(conversation);
  }

  private JsonNode message(long conversation, long id) {
    for (var m : messages(conversation)) {
      if (m.get("id").asLong() == id) {
        return m;
      }
    }
    throw new AssertionError("no message " + id + " in conversation " + conversation);
  }

  private JsonNode awaitStatus(long conversation, String status) {
    return brand.awaitLatest(conversation, status);
  }

  private java.util.Map<String, Object> outboxRow(long conversation) {
    var items = messages(conversation);
    long replyId = items.get(items.size() - 1).get("id").asLong();
    return jdbc.sql("select status, resends from outbox where message_id = ?")
        .param(replyId)
        .query()
        .singleRow();
  }

  // --- the X and Graph stand-ins ---------------------------------------------------------

  private static MappingBuilder replyTo(Tweet tweet) {
    return xPosts()
        .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(tweet.id())));
  }

  private static RequestPatternBuilder postsAnswering(Tweet tweet) {
    return postRequestedFor(urlEqualTo("/2/tweets"))
        .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(tweet.id())));
  }

  private void timelineShows(String postId, String inReplyTo, String text) {
    networks.stubFor(
        get(urlPathEqualTo("/2/users/" + account + "/tweets"))
            .willReturn(
                json(
                    200,
                    """
                    {"data":[{"id":"%s","text":"%s","author_id":"%s",
                      "referenced_tweets":[{"type":"replied_to","id":"%s"}]}],
                     "meta":{"result_count":1}}"""
                        .formatted(postId, text, account, inReplyTo))));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static java.time.OffsetDateTime utc(Instant at) {
    return at.atOffset(java.time.ZoneOffset.UTC);
  }
}
