package io.purser.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.triage.Category;
import io.purser.triage.Intent;
import io.purser.triage.Sentiment;
import io.purser.triage.UrgencyLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the queue and the team look like, every policy keeps the routing invariants. */
class RoutingPropertiesTest {

  static final Instant NOW = Instant.parse("2015-02-22T20:00:00Z");

  @Property
  void neverOverCapacityNeverTwoAgentsOnlyAvailableAgents(
      @ForAll("queues") List<WaitingConversation> queue,
      @ForAll("teams") List<AgentState> agents,
      @ForAll("policies") String policyName) {
    var assignments = RoutingPolicy.named(policyName).dispatch(queue, agents, NOW);

    var conversations = new HashSet<Long>();
    var taken = new HashMap<Long, Integer>();
    for (var assignment : assignments) {
      assertThat(conversations.add(assignment.conversationId()))
          .as("one agent per conversation")
          .isTrue();
      taken.merge(assignment.agentId(), 1, Integer::sum);
    }
    for (var agent : agents) {
      int received = taken.getOrDefault(agent.agentId(), 0);
      if (received > 0) {
        assertThat(agent.presence()).isEqualTo(Presence.AVAILABLE);
      }
      assertThat(received)
          .as("new work for agent %d", agent.agentId())
          .isLessThanOrEqualTo(Math.max(0, agent.capacity() - agent.openCount()));
    }
  }

  @Property
  void fifoFillsEverySeatThatAQueueCanFill(
      @ForAll("queues") List<WaitingConversation> queue, @ForAll("teams") List<AgentState> agents) {
    int seats =
        agents.stream()
            .filter(a -> a.presence() == Presence.AVAILABLE)
            .mapToInt(a -> Math.max(0, a.capacity() - a.openCount()))
            .sum();

    var assignments = new RoundRobinPolicy().dispatch(queue, agents, NOW);

    assertThat(assignments).hasSize(Math.min(seats, queue.size()));
  }

  @Property
  void theQuickScoreAlwaysEqualsTheExplainedOne(
      @ForAll UrgencyLevel urgency,
      @ForAll Intent intent,
      @ForAll Sentiment sentiment,
      @ForAll Category category,
      @ForAll boolean isPublic,
      @ForAll("followers") long followers,
      @ForAll boolean surge,
      @ForAll("minutes") int dueInMinutes,
      @ForAll("minutes") int nowInMinutes) {
    var scorer = PriorityScorer.defaults();
    var inputs =
        new PriorityInputs(
                urgency,
                "",
                intent,
                sentiment,
                category,
                isPublic,
                LoyaltyTier.ELITE,
                followers,
                null,
                NOW,
                !isPublic,
                surge)
            .withSlaDueAt(dueInMinutes % 3 == 0 ? null : NOW.plusSeconds(dueInMinutes * 60L));
    var now = NOW.plusSeconds(nowInMinutes * 61L);

    var explained = scorer.score(inputs, now);

    assertThat(scorer.points(inputs, now)).isEqualTo(explained.score());
    assertThat(explained.reasons()).allMatch(r -> r.points() != 0);
  }

  @Provide
  Arbitrary<Long> followers() {
    return Arbitraries.longs().between(-5, 5_000_000_000L);
  }

  @Provide
  Arbitrary<Integer> minutes() {
    return Arbitraries.integers().between(-600, 6000);
  }

  @Provide
  Arbitrary<String> policies() {
    return Arbitraries.of("purser", "fifo");
  }

  @Provide
  Arbitrary<List<WaitingConversation>> queues() {
    Arbitrary<WaitingConversation> one =
        Combinators.combine(
                Arbitraries.integers().between(-50, 300),
                Arbitraries.of("en", "fr", "es", "und"),
                Arbitraries.of(Intent.class),
                Arbitraries.longs().between(1, 8).injectNull(0.5),
                Arbitraries.integers().between(0, 7200))
            .as(
                (priority, language, intent, previous, waited) ->
                    new WaitingConversation(
                        0, priority, language, intent, previous, null, NOW.minusSeconds(waited)));
    return one.list()
        .ofMaxSize(40)
        .map(
            list -> {
              var numbered = new ArrayList<WaitingConversation>();
              for (int i = 0; i < list.size(); i++) {
                var c = list.get(i);
                numbered.add(
                    new WaitingConversation(
                        i + 1,
                        c.priority(),
                        c.language(),
                        c.intent(),
                        c.previousAgentId(),
                        null,
                        c.waitingSince()));
              }
              return numbered;
            });
  }

  @Provide
  Arbitrary<List<AgentState>> teams() {
    Arbitrary<AgentState> one =
        Combinators.combine(
                Arbitraries.of(Presence.class),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 5),
                Arbitraries.subsetOf("en", "fr", "es"),
                Arbitraries.subsetOf(Intent.DELAY, Intent.REFUND, Intent.CANCELLATION))
            .as(
                (presence, capacity, open, languages, intents) ->
                    new AgentState(
                        0, presence, capacity, open, languages, intents, Set.of(), null));
    return one.list()
        .ofMaxSize(8)
        .map(
            list -> {
              var numbered = new ArrayList<AgentState>();
              for (int i = 0; i < list.size(); i++) {
                var a = list.get(i);
                numbered.add(
                    new AgentState(
                        i + 1,
                        a.presence(),
                        a.capacity(),
                        a.openCount(),
                        a.languages(),
                        a.intents(),
                        a.teamIds(),
                        null));
              }
              return numbered;
            });
  }
}
