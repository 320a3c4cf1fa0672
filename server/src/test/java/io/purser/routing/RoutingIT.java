package io.purser.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.testing.Api;
import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Routing through the real webhooks and the REST API: pushed to the best available agent, never
 * over capacity, skills, stickiness, redistribution when an agent goes away, pulling the next
 * conversation, the reply claim, and concurrent assignment.
 */
class RoutingIT extends BrandIntegrationTest {

  @Autowired JdbcClient jdbc;

  private long tweet(String text) {
    return brand.tweet(text);
  }

  /** A customer's tweet, once routing has pushed it to {@code agent}, made available for it. */
  private long pushedTo(Api.User agent, String text) {
    brand.presence(agent, "available");
    long conversation = tweet(text);
    awaitOwner(conversation, agent.id());
    return conversation;
  }

  private JsonNode routing(long conversation) {
    var response = api.get("/api/v1/conversations/" + conversation + "/routing", ws.token());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private Long owner(long conversation) {
    var owner = routing(conversation).get("assigneeId");
    return owner == null || owner.isNull() ? null : owner.asLong();
  }

  private void awaitOwner(long conversation, Long expected) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> java.util.Objects.equals(owner(conversation), expected));
  }

  @Test
  void aWaitingConversationIsPushedToTheAvailableAgentWithItsPriorityReasons() {
    var ana = brand.agent("ana", 5);

    long conversation =
        pushedTo(
            ana, "@brand my flight to Boston was cancelled and I'm stuck at the airport, help!");

    var routing = routing(conversation);
    assertThat(routing.get("priority").asInt()).isPositive();
    assertThat(routing.get("priorityReasons").toString()).contains("urgency_high");
    assertThat(routing.get("waiting").asBoolean()).isTrue();
  }

  @Test
  void anAgentNeverGetsMoreThanTheirCapacityAndTheNextWaitsUntilOneIsResolved() {
    var ana = brand.agent("ana", 1);
    long first = tweet("@brand where is my bag? it did not arrive in Denver");
    long second = tweet("@brand my flight is delayed, will I make my connection?");
    brand.presence(ana, "available");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> owner(first) != null || owner(second) != null);
    // The dispatcher has had every chance to give the second one too: it must not.
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> (owner(first) == null) != (owner(second) == null));
    long taken = owner(first) != null ? first : second;
    long waiting = taken == first ? second : first;

    var resolved = api.setStatus(taken, ana.token(), "resolved");
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);

    awaitOwner(waiting, ana.id());
    assertThat(owner(taken)).isNull();
  }

  @Test
  void aSpanishConversationGoesToTheAgentWhoSpeaksSpanish() {
    var english = brand.agent("en", 5, "en");
    var spanish = brand.agent("es", 5, "es", "en");
    // The Spanish speaker is busier: skills still decide.
    brand.presence(english, "available");
    brand.presence(spanish, "available");

    long conversation =
        tweet("@brand mi vuelo a Madrid fue cancelado y necesito ayuda para cambiar mi reserva");

    awaitOwner(conversation, spanish.id());
  }

  @Test
  void aCustomerWhoWritesAgainGoesBackToTheAgentWhoHelpedThem() {
    var ana = brand.agent("ana", 5);
    var bob = brand.agent("bob", 5);
    brand.presence(ana, "available");
    var customer = Ids.random();
    long conversation =
        brand.tweet(
            customer, "@brand my bag is lost, can you help?", Instant.now().minusSeconds(120));
    awaitOwner(conversation, ana.id());
    api.setStatus(conversation, ana.token(), "resolved");
    awaitOwner(conversation, null);
    brand.presence(bob, "available");

    long again = brand.tweet(customer, "@brand it is still not here, any news?", Instant.now());

    assertThat(again).isEqualTo(conversation);
    awaitOwner(again, ana.id());
  }

  @Test
  void whenTheOwnerGoesAwayTheirConversationGoesToAnotherAgent() {
    var ana = brand.agent("ana", 5);
    var bob = brand.agent("bob", 5);
    long conversation = pushedTo(ana, "@brand I need to change my seat on tomorrow's flight");
    brand.presence(bob, "available");

    brand.presence(ana, "away");

    awaitOwner(conversation, bob.id());
  }

  @Test
  void aSecondAgentsReplyIsRefusedWith409UnlessTheyTakeOver() {
    var ana = brand.agent("ana", 5);
    var bob = brand.agent("bob", 5);
    long conversation = pushedTo(ana, "@brand can I get a refund for my cancelled flight?");
    networks.resetRequests();

    var refused = api.reply(conversation, bob.token(), "{\"text\":\"Hello, let me check\"}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("ownerName").asString()).startsWith("ana-");
    assertThat(brand.messages(conversation).size())
        .as("nothing is stored when the reply is refused")
        .isEqualTo(1);

    var owned = api.reply(conversation, ana.token(), "{\"text\":\"Hi, I am on it\"}");
    assertThat(owned.status()).as(owned.body()).isEqualTo(202);

    var takenOver =
        api.reply(
            conversation, bob.token(), "{\"text\":\"Bob here, taking over\",\"takeover\":true}");
    assertThat(takenOver.status()).as(takenOver.body()).isEqualTo(202);
    assertThat(owner(conversation)).isEqualTo(bob.id());
  }

  @Test
  void pullingNextGivesTheMostUrgentWaitingConversation() {
    var ana = brand.agent("ana", 5);
    brand.presence(ana, "busy");
    long calm = tweet("@brand what is the baggage allowance on flights to Lisbon next month?");
    long urgent =
        tweet("@brand my flight leaves in 2 hours and it was cancelled, I'm at the airport now!");

    var pulled = api.post("/api/v1/queue/next", ana.token(), "");

    assertThat(pulled.status()).as(pulled.body()).isEqualTo(200);
    assertThat(pulled.json().get("conversationId").asLong()).isEqualTo(urgent);
    assertThat(owner(calm)).isNull();
    assertThat(routing(urgent).get("priority").asInt())
        .isGreaterThan(routing(calm).get("priority").asInt());
  }

  @Test
  void pullingWithNothingWaitingAnswers204() {
    var ana = brand.agent("ana", 5);
    assertThat(api.post("/api/v1/queue/next", ana.token(), "").status()).isEqualTo(204);
  }

  @Test
  void concurrentPullsNeverGiveAConversationTwiceNorAnAgentMoreThanTheirCapacity()
      throws Exception {
    var agents = new ArrayList<Api.User>();
    for (int i = 0; i < 4; i++) {
      var agent = brand.agent("agent" + i, 3);
      brand.presence(agent, "busy");
      agents.add(agent);
    }
    var conversations = new ArrayList<Long>();
    for (int i = 0; i < 20; i++) {
      conversations.add(tweet("@brand question number " + i + " about my booking please"));
    }

    // Eight clients (as if on several nodes) pull for random agents at the same time.
    var pool = Executors.newFixedThreadPool(8);
    var calls = new ArrayList<Callable<Integer>>();
    for (int i = 0; i < 40; i++) {
      calls.add(
          () -> {
            var agent = agents.get(ThreadLocalRandom.current().nextInt(agents.size()));
            return api.post("/api/v1/queue/next", agent.token(), "").status();
          });
    }
    var statuses = new HashMap<Integer, Integer>();
    for (var result : pool.invokeAll(calls)) {
      statuses.merge(result.get(), 1, Integer::sum);
    }
    pool.shutdown();

    Map<Long, Integer> perAgent = new HashMap<>();
    for (long conversation : conversations) {
      var owner = owner(conversation);
      if (owner != null) {
        perAgent.merge(owner, 1, Integer::sum);
      }
    }
    assertThat(perAgent.values())
        .as("owned per agent")
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
    assertThat(perAgent.values().stream().mapToInt(Integer::intValue).sum())
        .as("every place was filled, each by a different conversation")
        .isEqualTo(12);
    assertThat(statuses.get(200)).as("one successful pull per place: " + statuses).isEqualTo(12);
    List<Long> assignedTwice =
        jdbc.sql(
                "select conversation_id from conversation_routing where workspace_id = ? and"
                    + " assignee_id is not null group by conversation_id having count(*) > 1")
            .params(ws.id())
            .query(Long.class)
            .list();
    assertThat(assignedTwice).isEmpty();
  }

  @Test
  void aSupervisorReassignsAndAnAgentCannot() {
    var ana = brand.agent("ana", 5);
    var bob = brand.agent("bob", 5);
    long conversation = pushedTo(ana, "@brand my checked bag arrived damaged");

    var byAgent =
        api.post(
            "/api/v1/conversations/" + conversation + "/assignment",
            ana.token(),
            "{\"agentId\":" + bob.id() + "}");
    assertThat(byAgent.status()).isEqualTo(403);

    var bySupervisor =
        api.post(
            "/api/v1/conversations/" + conversation + "/assignment",
            ws.token(),
            "{\"agentId\":" + bob.id() + "}");
    assertThat(bySupervisor.status()).as(bySupervisor.body()).isEqualTo(200);
    assertThat(owner(conversation)).isEqualTo(bob.id());
  }

  @Test
  void badRequestsGetClearProblems() {
    var ana = brand.agent("ana", 5);
    var unknownPresence =
        api.put("/api/v1/agents/me/presence", ana.token(), "{\"presence\":\"sleeping\"}");
    assertThat(unknownPresence.status()).isEqualTo(400);
    assertThat(unknownPresence.body()).contains("available, busy, away, offline");
    assertThat(
            api.put("/api/v1/agents/me/presence", ws.token(), "{\"presence\":\"available\"}")
                .status())
        .as("a workspace token is not an agent")
        .isEqualTo(403);
    assertThat(
            api.put(
                    "/api/v1/agents/" + ana.id(),
                    ws.token(),
                    "{\"capacity\":5,\"intents\":[\"teleport\"]}")
                .status())
        .isEqualTo(400);
    for (var nulls :
        List.of(
            "{\"capacity\":3,\"intents\":[\"delay\",null]}",
            "{\"capacity\":3,\"languages\":[\"en\",null]}")) {
      assertThat(api.put("/api/v1/agents/" + ana.id(), ws.token(), nulls).status())
          .as("a null among the skills (ApiFuzzIT seed 5589558476758 found a 500): %s", nulls)
          .isEqualTo(400);
    }
    var other = api.newWorkspace();
    assertThat(
            api.put(
                    "/api/v1/agents/" + ana.id() + "/presence",
                    other.token(),
                    "{\"presence\":\"away\"}")
                .status())
        .as("another workspace cannot touch this agent")
        .isEqualTo(404);
  }
}
