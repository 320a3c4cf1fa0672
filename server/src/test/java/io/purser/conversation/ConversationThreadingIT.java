package io.purser.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.conversation.lifecycle.StatusSweeps;
import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import io.purser.testing.Payloads;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** One conversation per customer: reply chains, DMs and public posts, reopening, out-of-order. */
class ConversationThreadingIT extends BrandIntegrationTest {

  private JsonNode awaitMessage(String externalId) {
    return brand.message(externalId);
  }

  private long conversationOf(String externalId) {
    return brand.conversationOf(externalId);
  }

  private String status(long conversation) {
    return api.get("/api/v1/conversations/" + conversation, ws.token())
        .json()
        .get("status")
        .asString();
  }

  @Test
  void threadsACustomersPublicAndPrivateMessagesIntoOneConversation() {
    var customer = Ids.random();
    var tweet = Ids.random();
    var dm = Ids.random();
    var now = Instant.now();
    api.deliverX(
        Payloads.xTweet(account, tweet, customer, "traveller", "@brand my flight?", null, now));
    api.deliverX(
        Payloads.xDirectMessage(
            account, dm, customer, account, "my code is ABC123", now.plusSeconds(60)));
    var conversation = conversationOf(tweet);
    assertThat(conversationOf(dm)).isEqualTo(conversation);
    var messages =
        api.get("/api/v1/conversations/" + conversation + "/messages", ws.token())
            .json()
            .get("items");
    assertThat(messages.size()).isEqualTo(2);
    assertThat(messages.get(0).get("visibility").asString()).isEqualTo("public");
    assertThat(messages.get(1).get("visibility").asString()).isEqualTo("private");
    assertThat(status(conversation)).isEqualTo("new");
  }

  @Test
  void aBrandReplyThatArrivesBeforeItsParentJoinsTheParentsConversation() {
    var customer = Ids.random();
    var question = Ids.random();
    var answer = Ids.random();
    var now = Instant.now();
    // The brand's answer (an echo of our own post) arrives first.
    api.deliverX(
        Payloads.xTweet(
            account, answer, account, "brand", "@traveller sorry! DM us", question, now));
    assertThat(awaitMessage(answer).has("conversationId"))
        .as("held until its parent arrives")
        .isFalse();
    api.deliverX(
        Payloads.xTweet(
            account,
            question,
            customer,
            "traveller",
            "@brand bag lost",
            null,
            now.minusSeconds(30)));
    var conversation = conversationOf(question);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(conversationOf(answer)).isEqualTo(conversation));
    var answerMessage = awaitMessage(answer);
    assertThat(answerMessage.get("direction").asString()).isEqualTo("outbound");
  }

  @Test
  void aCustomerMessageReopensAResolvedConversationWithinTheWindowAndStartsANewOneAfter() {
    var customer = Ids.random();
    var first = Ids.random();
    var now = Instant.now();
    api.deliverX(Payloads.xTweet(account, first, customer, "c", "@brand delayed again", null, now));
    long conversation = conversationOf(first);
    assertThat(api.setStatus(conversation, ws.token(), "resolved").status()).isEqualTo(200);
    assertThat(status(conversation)).isEqualTo("resolved");

    var second = Ids.random();
    api.deliverX(
        Payloads.xTweet(
            account, second, customer, "c", "@brand still waiting", null, now.plusSeconds(120)));
    assertThat(conversationOf(second)).isEqualTo(conversation);
    assertThat(status(conversation)).isEqualTo("open");

    api.setStatus(conversation, ws.token(), "resolved");
    var late = Ids.random();
    api.deliverX(
        Payloads.xTweet(
            account,
            late,
            customer,
            "c",
            "@brand new trip, new problem",
            null,
            now.plus(8, ChronoUnit.DAYS)));
    long next = conversationOf(late);
    assertThat(next).isNotEqualTo(conversation);
    assertThat(status(next)).isEqualTo("new");
    assertThat(status(conversation)).isEqualTo("closed");
  }

  @Autowired StatusSweeps closer;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void adoptsABrandReplyLeftHeldWhileItsParentWasStoredConcurrently() {
    var question = Ids.random();
    long conversation = brand.tweet(question, "c", "@brand my bag?");
    // What two workers racing leave behind: the brand's answer stored as held, its parent filed.
    var answer = Ids.random();
    jdbc.sql(
            "insert into message (workspace_id, network, external_id, kind, direction, visibility,"
                + " text, in_reply_to_external_id, created_at, received_at) values (?, 'x', ?,"
                + " 'post', 'outbound', 'public', 'Found it!', ?, ?, ?)")
        .params(
            ws.id(),
            answer,
            question,
            java.time.OffsetDateTime.now(),
            java.time.OffsetDateTime.now())
        .update();
    // Inserted without a conversation, it is held by construction; the sweeper (every 5 s) may
    // adopt it at any moment, so that state is not asserted here, only that it is adopted.
    await()
        .atMost(Duration.ofSeconds(15))
        .ignoreExceptions()
        .untilAsserted(() -> assertThat(conversationOf(answer)).isEqualTo(conversation));
  }

  @Test
  void closesAResolvedConversationOnceItsReopenWindowHasPassed() {
    long conversation = brand.tweet(Ids.random(), "c", "@brand thanks, all good");
    api.setStatus(conversation, ws.token(), "resolved");
    closer.closeExpired(Instant.now().plus(6, ChronoUnit.DAYS));
    assertThat(status(conversation)).as("still inside the 7-day window").isEqualTo("resolved");
    closer.closeExpired(Instant.now().plus(8, ChronoUnit.DAYS));
    assertThat(status(conversation)).isEqualTo("closed");
  }

  @Test
  void refusesStatusChangesTheLifecycleDoesNotAllow() {
    long conversation = brand.tweet(Ids.random(), "c", "@brand hi");
    assertThat(api.setStatus(conversation, ws.token(), "closed").status()).isEqualTo(200);
    assertThat(api.setStatus(conversation, ws.token(), "open").status()).isEqualTo(409);
    assertThat(api.setStatus(conversation, ws.token(), "bogus").status()).isEqualTo(400);
  }

  @Test
  void keepsOddUnicodeExactlyAsWritten() {
    var tweet = Ids.random();
    var text = "@brand ✈️🧳 مرحبا \u200Bzero\u200Dwidth 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 <script>alert(1)</script>";
    api.deliverX(Payloads.xTweet(account, tweet, Ids.random(), "ü", text, null, Instant.now()));
    assertThat(awaitMessage(tweet).get("text").asString()).isEqualTo(text);
  }
}
