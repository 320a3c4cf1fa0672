package io.purser.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.triage.Intent;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentPolicyTest {

  static final Instant NOW = Instant.parse("2015-02-22T20:00:00Z");
  final AssignmentPolicy policy = new AssignmentPolicy();

  static AgentState agent(
      long id, Presence presence, int capacity, int open, Set<String> languages) {
    return new AgentState(id, presence, capacity, open, languages, Set.of(), Set.of(), null);
  }

  static WaitingConversation waiting(long id, int priority, String language, Intent intent) {
    return new WaitingConversation(
        id, priority, language, intent, null, null, NOW.minusSeconds(id));
  }

  @Test
  void routesFrenchRebookingToFrenchSpeakingAgent() {
    var english = agent(1, Presence.AVAILABLE, 3, 0, Set.of("en"));
    var french = agent(2, Presence.AVAILABLE, 3, 2, Set.of("en", "fr"));

    var chosen = policy.bestAgent(waiting(7, 50, "FR", Intent.REBOOKING), List.of(english, french));

    assertThat(chosen).contains(2L);
  }

  @Test
  void leavesTheConversationWaitingWhenNobodySpeaksItsLanguage() {
    var english = agent(1, Presence.AVAILABLE, 3, 0, Set.of("en"));

    assertThat(policy.bestAgent(waiting(7, 50, "de", Intent.DELAY), List.of(english))).isEmpty();
  }

  @Test
  void sendsAnUndeterminedLanguageToAnyone() {
    var english = agent(1, Presence.AVAILABLE, 3, 0, Set.of("en"));

    assertThat(policy.bestAgent(waiting(7, 50, "und", Intent.DELAY), List.of(english)))
        .contains(1L);
  }

  @Test
  void prefersTheSpecialistOfTheIntentOverAGeneralist() {
    var generalist = AgentState.available(1, 5);
    var baggageDesk =
        new AgentState(
            2, Presence.AVAILABLE, 5, 3, Set.of(), Set.of(Intent.BAGGAGE_LOST), Set.of(), null);

    assertThat(
            policy.bestAgent(
                waiting(7, 30, "en", Intent.BAGGAGE_LOST), List.of(generalist, baggageDesk)))
        .contains(2L);
    assertThat(
            policy.bestAgent(waiting(8, 30, "en", Intent.REFUND), List.of(generalist, baggageDesk)))
        .contains(1L);
  }

  @Test
  void keepsTheCustomerWithThePreviousAgentWhileThatAgentIsEligible() {
    var idle = AgentState.available(1, 3);
    var previous = agent(2, Presence.AVAILABLE, 3, 2, Set.of());
    var conversation = new WaitingConversation(7, 40, "en", Intent.DELAY, 2L, null, NOW);

    assertThat(policy.dispatch(List.of(conversation), List.of(idle, previous), NOW))
        .containsExactly(new Assignment(7, 2, Assignment.Reason.PREVIOUS_AGENT));
  }

  @Test
  void movesOnFromThePreviousAgentWhenAwayOrFull() {
    var idle = AgentState.available(1, 3);
    var conversation = new WaitingConversation(7, 40, "en", Intent.DELAY, 2L, null, NOW);

    assertThat(
            policy.bestAgent(conversation, List.of(idle, agent(2, Presence.AWAY, 3, 0, Set.of()))))
        .contains(1L);
    assertThat(
            policy.bestAgent(
                conversation, List.of(idle, agent(2, Presence.AVAILABLE, 3, 3, Set.of()))))
        .contains(1L);
  }

  @Test
  void pushesOnlyToAvailableAgents() {
    var agents =
        List.of(
            agent(1, Presence.BUSY, 5, 0, Set.of()),
            agent(2, Presence.AWAY, 5, 0, Set.of()),
            agent(3, Presence.OFFLINE, 5, 0, Set.of()));

    assertThat(policy.dispatch(List.of(waiting(7, 90, "en", Intent.DELAY)), agents, NOW)).isEmpty();
  }

  @Test
  void balancesByLoadThenByTimeSinceTheLastAssignment() {
    var half = new AgentState(1, Presence.AVAILABLE, 4, 2, Set.of(), Set.of(), Set.of(), null);
    var quarter =
        new AgentState(
            2, Presence.AVAILABLE, 4, 1, Set.of(), Set.of(), Set.of(), NOW.minusSeconds(5));
    var quarterLongAgo =
        new AgentState(
            3, Presence.AVAILABLE, 4, 1, Set.of(), Set.of(), Set.of(), NOW.minusSeconds(500));

    assertThat(
            policy.bestAgent(
                waiting(7, 10, "en", Intent.SEAT), List.of(half, quarter, quarterLongAgo)))
        .contains(3L);
  }

  @Test
  void servesTheHighestPriorityFirstAndNeverBeyondCapacity() {
    var onlySeat = AgentState.available(1, 1);
    var low = waiting(1, 10, "en", Intent.SEAT);
    var high = waiting(2, 90, "en", Intent.CANCELLATION);

    var assignments = policy.dispatch(List.of(low, high), List.of(onlySeat), NOW);

    assertThat(assignments).containsExactly(new Assignment(2, 1, Assignment.Reason.BEST_MATCH));
  }

  @Test
  void breaksPriorityTiesByTheLongestWait() {
    var older =
        new WaitingConversation(1, 50, "en", Intent.DELAY, null, null, NOW.minusSeconds(600));
    var newer =
        new WaitingConversation(2, 50, "en", Intent.DELAY, null, null, NOW.minusSeconds(60));

    var assignments =
        policy.dispatch(List.of(newer, older), List.of(AgentState.available(1, 1)), NOW);

    assertThat(assignments).extracting(Assignment::conversationId).containsExactly(1L);
  }

  @Test
  void restrictsATeamQueueToItsMembers() {
    var outsider = AgentState.available(1, 5);
    var member = new AgentState(2, Presence.AVAILABLE, 5, 4, Set.of(), Set.of(), Set.of(30L), null);
    var forTeam = new WaitingConversation(7, 50, "en", Intent.REFUND, null, 30L, NOW);

    assertThat(policy.bestAgent(forTeam, List.of(outsider, member))).contains(2L);
  }

  @Test
  void refusesAConversationOrAnAgentListedTwice() {
    var twice = List.of(waiting(7, 10, "en", Intent.SEAT), waiting(7, 20, "en", Intent.SEAT));
    var agents = List.of(AgentState.available(1, 5), AgentState.available(1, 5));

    assertThatThrownBy(() -> policy.dispatch(twice, List.of(AgentState.available(1, 5)), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("conversation 7 is listed twice");
    assertThatThrownBy(() -> policy.dispatch(List.of(), agents, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agent 1 is listed twice");
  }

  @Test
  void refusesNegativeCapacity() {
    assertThatThrownBy(() -> agent(1, Presence.AVAILABLE, -1, 0, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }
}
