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
 * Two Purser nodes, two processes, on one PostgreSQL database, serving one console. An agent whose
 * browser is connected to one node hears of what the other node does: node B changes a
 * conversation's status and an agent's presence in its own request threads; node A's stream must
 * name them, or the agent on A would see neither until a reload. And a person signed in on one node
 * stays signed in when a load balancer sends them to the other, also once the first is killed. (On
 * H2, which one node opens alone, there is no second node.)
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
      staysSignedInWhenTheirNodeIsLost(a, b, ws, agentName);
    }
  }

  private static void staysSignedInWhenTheirNodeIsLost(
      ServerProcess a, ServerProcess b, Api.Workspace ws, String agentName) throws Exception {
    var onA = ConsoleSession.signedIn(a.port(), ws.slug(), agentName, Api.PASSWORD);
    var onB = onA.at(b.port());
    assertThat(onB.get("/console").statusCode())
        .as("node B knows the session node A signed in")
        .isEqualTo(200);
    a.kill();
    var page = onB.get("/console");
    assertThat(page.statusCode())
        .as("node A is gone; node B still serves the agent")
        .isEqualTo(200);
    assertThat(page.body()).contains(agentName);
    var presence = onB.post("/console/presence", Map.of("presence", "away"));
    assertThat(presence.statusCode())
        .as("a form carrying the CSRF token of node A's page is accepted by node B")
        .isLessThan(400);
    var signedOut = onB.post("/logout", Map.of());
    assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
    assertThat(onB.get("/console").statusCode())
        .as("signing out on one node signs out everywhere")
        .isEqualTo(302);
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
