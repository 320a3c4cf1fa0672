package io.purser.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.routing.domain.Presence;
import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a person chooses beats what routing does on its own: an agent going away keeps the
 * conversations they choose (the rest go to colleagues), and an agent may take a conversation over
 * past their capacity, which only stops routing from pushing them more.
 */
class KeptWhileAwayIT extends BrandIntegrationTest {

  @Autowired RoutingManagement routing;
  @Autowired JdbcClient jdbc;

  private Long owner(long conversation) {
    return routing.routing(ws.id(), conversation).orElseThrow().assigneeId();
  }

  private void awaitOwner(long conversation, Long expected) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Objects.equals(owner(conversation), expected));
  }

  @Test
  void anAgentGoingAwayKeepsTheConversationsTheyChooseAndTheRestGoToAColleague() {
    var ana = brand.agent("ana", 5);
    var bob = brand.agent("bob", 5);
    brand.presence(ana, "available");
    var typingIn = Ids.random();
    long kept = brand.tweet(typingIn, "@brand my bag is lost, file MLI12345", Instant.now());
    long handedBack = brand.tweet("@brand can I bring skis on board?");
    awaitOwner(kept, ana.id());
    awaitOwner(handedBack, ana.id());
    brand.presence(bob, "available");

    routing.setPresence(ws.id(), ana.id(), Presence.AWAY, "set by the agent", Set.of(kept));

    awaitOwner(handedBack, bob.id());
    assertThat(owner(kept)).isEqualTo(ana.id());
    // The customer writing again, and an SLA breach's escalation, leave a kept one with its owner.
    assertThat(brand.tweet(typingIn, "@brand any news about my bag?", Instant.now()))
        .isEqualTo(kept);
    assertThat(routing.releaseIfOwnerAway(ws.id(), kept)).isFalse();
    assertThat(owner(kept)).isEqualTo(ana.id());

    // Back at work, the keep ends: going away again without keeping it hands it back.
    brand.presence(ana, "available");
    brand.presence(ana, "away");
    awaitOwner(kept, bob.id());
  }

  @Test
  void keepingAConversationThatIsNotYoursKeepsNothing() {
    var ana = brand.agent("ana", 5);
    var bob = brand.agent("bob", 5);
    brand.presence(bob, "available");
    long bobs = brand.tweet("@brand where is my refund?");
    awaitOwner(bobs, bob.id());
    brand.presence(bob, "busy");
    brand.presence(ana, "available");

    routing.setPresence(ws.id(), ana.id(), Presence.AWAY, "set by the agent", Set.of(bobs));

    assertThat(owner(bobs)).isEqualTo(bob.id());
    var marked =
        jdbc.sql("select kept_while_away from conversation_routing where conversation_id = ?")
            .params(bobs)
            .query(Boolean.class)
            .single();
    assertThat(marked).as("only the agent's own conversations can be kept").isFalse();
  }

  @Test
  void anAgentTakesOverPastTheirCapacityButIsPushedNothingMoreAndItIsAudited() {
    var bob = brand.agent("bob", 1);
    brand.presence(bob, "available");
    long bobs = brand.tweet("@brand my flight is delayed, will I make my connection?");
    awaitOwner(bobs, bob.id());
    var ana = brand.agent("ana", 5);
    brand.presence(ana, "available");
    long anas = brand.tweet("@brand I was charged twice for my seat");
    awaitOwner(anas, ana.id());

    var takeOver = api.post("/api/v1/conversations/" + anas + "/takeover", bob.token(), "{}");

    assertThat(takeOver.status()).as(takeOver.body()).isEqualTo(200);
    assertThat(owner(anas)).isEqualTo(bob.id());
    assertThat(routing.agent(ws.id(), bob.id()).orElseThrow().open()).isEqualTo(2);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> audited(anas, "conversation.took_over_past_capacity") == 1);
    // Capacity still limits what routing pushes and what the agent pulls.
    brand.presence(ana, "away");
    long waiting = brand.tweet("@brand is the lounge open at gate B?");
    var pulled = api.post("/api/v1/queue/next", bob.token(), "{}");
    assertThat(pulled.status()).as(pulled.body()).isEqualTo(409);
    assertThat(owner(waiting)).isNull();
  }

  private long audited(long conversation, String action) {
    return jdbc.sql(
            "select count(*) from audit_event where workspace_id = ? and action = ? and"
                + " target_id = ?")
        .params(ws.id(), action, Long.toString(conversation))
        .query(Long.class)
        .single();
  }
}
