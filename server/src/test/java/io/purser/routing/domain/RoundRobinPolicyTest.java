package io.purser.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.triage.Intent;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundRobinPolicyTest {

  static final Instant NOW = Instant.parse("2015-02-22T20:00:00Z");

  static WaitingConversation waiting(long id, int priority, int waitedSeconds) {
    return new WaitingConversation(
        id, priority, "en", Intent.DELAY, null, null, NOW.minusSeconds(waitedSeconds));
  }

  /** An available agent with nothing open, last given a conversation {@code secondsAgo}. */
  static AgentState idleSince(long id, int capacity, int secondsAgo) {
    return new AgentState(
        id,
        Presence.AVAILABLE,
        capacity,
        0,
        Set.of(),
        Set.of(),
        Set.of(),
        NOW.minusSeconds(secondsAgo));
  }

  @Test
  void servesInArrivalOrderWhateverThePriority() {
    var oldLowValue = waiting(1, 5, 600);
    var freshUrgent = waiting(2, 120, 10);
    var agents = List.of(AgentState.available(1, 1));

    var fifo = RoutingPolicy.named("fifo").dispatch(List.of(freshUrgent, oldLowValue), agents, NOW);
    var purser =
        RoutingPolicy.named("purser").dispatch(List.of(freshUrgent, oldLowValue), agents, NOW);

    assertThat(fifo).extracting(Assignment::conversationId).containsExactly(1L);
    assertThat(purser).extracting(Assignment::conversationId).containsExactly(2L);
  }

  @Test
  void takesAgentsInTurnBeforeGivingAnyoneASecondConversation() {
    var agents =
        List.of(
            idleSince(1, 3, 10),
            idleSince(2, 3, 300),
            AgentState.available(3, 3).withPresence(Presence.BUSY));
    var queue = List.of(waiting(1, 0, 30), waiting(2, 0, 20), waiting(3, 0, 10));

    var assignments = new RoundRobinPolicy().dispatch(queue, agents, NOW);

    assertThat(assignments).extracting(Assignment::agentId).containsExactly(2L, 1L, 2L);
    assertThat(assignments)
        .extracting(Assignment::reason)
        .containsOnly(Assignment.Reason.ROUND_ROBIN);
  }

  @Test
  void namesOnlyTheKnownPolicies() {
    assertThat(RoutingPolicy.named("purser").name()).isEqualTo("purser");
    assertThat(RoutingPolicy.named("fifo").name()).isEqualTo("fifo");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoutingPolicy.named("lifo"))
        .hasMessageContaining("unknown routing policy 'lifo'");
  }
}
