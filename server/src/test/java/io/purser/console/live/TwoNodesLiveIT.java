package io.purser.console.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.purser.testing.Api;
import io.purser.testing.ConsoleEvents;
import io.purser.testing.ConsoleSession;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import io.purser.testing.Payloads;
import io.purser.testing.ServerProcess;
import io.purser.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two Purser nodes, two processes, on one PostgreSQL database: an agent whose browser is connected
 * to one node hears of what the other node does. Node B changes a conversation's status and an
 * agent's presence in its own request threads; node A's stream must name them, or the agent on A
 * would see neither until a reload. (On H2, which one node opens alone, there is no second node.)
 */
class TwoNodesLiveIT {

  private static final Duration HEARD = Duration.ofSeconds(10);

  private final Path workDir = Path.of("target", "two-nodes-" + UUID.randomUUID());

  @Test
  void anAgentOnOneNodeHearsWhatTheOtherNodeDid() throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "several nodes share a PostgreSQL database, not H2");
    TestDatabase.require();
    Files.createDirectories(workDir);
    var settings =
        Map.of(
            "PURSER_API_TOKEN", IntegrationTest.BOOTSTRAP_TOKEN,
            "PURSER_X_CONSUMER_SECRET", IntegrationTest.X_SECRET,
            "PURSER_DATABASE_URL", TestDatabase.another(),
            "PURSER_DATABASE_USER", TestDatabase.user(),
            "PURSER_DATABASE_PASSWORD", TestDatabase.password());
    try (var a = ServerProcess.start(settings, workDir.resolve("node-a.log"));
        var b = ServerProcess.start(settings, workDir.resolve("node-b.log"))) {
      var onA = new Api(a.baseUrl());
      var onB = new Api(b.baseUrl());
      var ws = onA.newWorkspace();
      var account = Ids.random();
      registerByOperator(onA, ws, account);
      var agentName = "agent-" + ws.slug();
      var agent = onA.newUser(ws, agentName, "AGENT");
      var tweetId = Ids.random();
      var delivered =
          onB.deliverX(
              Payloads.xTweet(
                  account,
                  tweetId,
                  Ids.random(),
                  "two_nodes",
                  "@brand my bag is lost",
                  null,
                  Instant.now()));
      assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
      long conversation = recorded(onB, ws, tweetId).path("conversationId").asLong();

      try (var stream =
          ConsoleEvents.open(
              a.port(), ConsoleSession.signedIn(a.port(), ws.slug(), agentName, Api.PASSWORD))) {
        assertThat(stream.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(60)))
            .as("node A's own news about the new conversation is over")
            .isTrue();
        var pending = onB.setStatus(conversation, ws.token(), "pending");
        assertThat(pending.status()).as(pending.body()).isEqualTo(200);
        assertThat(stream.nextStartingWith("event:conversations", HEARD))
            .as("node A's browser hears of the status node B set")
            .contains(String.valueOf(conversation));

        var presence =
            onB.put("/api/v1/agents/me/presence", agent.token(), "{\"presence\":\"available\"}");
        assertThat(presence.status()).as(presence.body()).isEqualTo(200);
        assertThat(stream.nextStartingWith("event:agents", HEARD))
            .as("node A's browser hears of the presence node B recorded")
            .isEqualTo("event:agents data:changed");
      }
    }
  }

  /** The operator registers the brand's X account (no network stand-in proves ownership here). */
  private static void registerByOperator(Api api, Api.Workspace ws, String account) {
    var registered =
        api.post(
            "/api/v1/channel-accounts",
            IntegrationTest.BOOTSTRAP_TOKEN,
            "{\"network\":\"x\",\"externalId\":\"%s\",\"name\":\"Two Nodes Air\",\"workspaceId\":%d}"
                .formatted(account, ws.id()));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
  }

  private static JsonNode recorded(Api api, Api.Workspace ws, String tweetId) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                api.get("/api/v1/messages?network=x&externalId=" + tweetId, ws.token())
                    .json()
                    .path("items"),
            items -> items.size() == 1)
        .get(0);
  }
}
