package io.purser.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.Api;
import io.purser.testing.Brand;
import io.purser.testing.ConsoleSession;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an agent types into the console's free-text fields is bounded with a clear answer: an
 * overlong note is refused with the form's own error (422) and stores nothing; tags, replies,
 * searches and idempotency keys of any length never answer 500.
 */
class ConsoleInputLimitsIT extends IntegrationTest {

  private static final String LONG = "x".repeat(20_000);

  @Autowired JdbcClient jdbc;

  private Api.Workspace ws;
  private ConsoleSession agent;
  private long conversation;

  @BeforeEach
  void conversationAndAgent() {
    var brand = Brand.onX(api);
    ws = brand.ws();
    var username = "agent-" + Ids.random();
    api.newUser(ws, username, "AGENT");
    conversation = brand.tweet("@demoair my bag is lost");
    agent = ConsoleSession.signedIn(port, ws.slug(), username, Api.PASSWORD);
  }

  @Test
  void aTwentyThousandCharacterNoteIsRefusedWithTheFormsErrorAndNothingIsStored() {
    var refused = agent.post(path("/notes"), Map.of("text", LONG));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("note-form")
        .contains("A note has at most 10000 characters; this one has 20000")
        .contains(LONG);
    assertThat(notes()).isZero();

    var longest = agent.post(path("/notes"), Map.of("text", "y".repeat(10_000)));
    assertThat(longest.statusCode()).isEqualTo(200);
    assertThat(notes()).isEqualTo(1);
  }

  @Test
  void overlongTagsAreCutToTheLongestTagOnBothDatabases() {
    assertThat(agent.post(path("/tags"), Map.of("tag", LONG)).statusCode()).isEqualTo(200);
    // 64 emoji are 128 UTF-16 units: H2 counts those, PostgreSQL counts characters.
    assertThat(agent.post(path("/tags"), Map.of("tag", "🧳".repeat(100))).statusCode())
        .isEqualTo(200);
    assertThat(agent.post(path("/tags/remove"), Map.of("tag", "y".repeat(20_000))).statusCode())
        .isEqualTo(200);

    var tags =
        jdbc.sql("select tag from conversation_tag where conversation_id = ?")
            .param(conversation)
            .query(String.class)
            .list();
    assertThat(tags).hasSize(2).allSatisfy(tag -> assertThat(tag.length()).isLessThanOrEqualTo(64));
  }

  @Test
  void overlongRepliesKeysAndSearchesAreAnsweredWithoutA500() {
    var reply =
        agent.post(
            path("/replies"), Map.of("text", LONG, "visibility", "public", "key", Ids.random()));
    assertThat(reply.statusCode()).isLessThan(500);
    var longKey =
        agent.post(path("/replies"), Map.of("text", "Sorry!", "visibility", "public", "key", LONG));
    assertThat(longKey.statusCode()).isLessThan(500);
    assertThat(agent.post(path("/move-private"), Map.of("key", LONG)).statusCode()).isLessThan(500);
    assertThat(agent.get("/console/search?q=" + LONG).statusCode()).isLessThan(500);
    assertThat(
            api.get("/api/v1/conversations/" + conversation + "/messages", ws.token())
                .json()
                .get("items")
                .size())
        .isEqualTo(1);
  }

  private String path(String action) {
    return "/console/conversations/" + conversation + action;
  }

  private int notes() {
    return api.get("/api/v1/conversations/" + conversation + "/notes", ws.token())
        .json()
        .get("items")
        .size();
  }
}
