package io.purser.routing.domain;

import io.purser.triage.Intent;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What routing needs to know about one agent right now. An empty skill set means the agent takes
 * anything of that kind (a generalist).
 *
 * @param agentId the agent
 * @param presence available, busy, away or offline
 * @param capacity how many conversations the agent may hold open at once (0 or more)
 * @param openCount how many the agent holds now (0 or more; may exceed a lowered capacity)
 * @param languages ISO 639-1 codes the agent answers in, lower case; empty = any
 * @param intents the topics the agent handles; empty = any
 * @param teamIds the teams the agent belongs to
 * @param lastAssignedAt when the agent last received a conversation, {@code null} if never
 */
public record AgentState(
    long agentId,
    Presence presence,
    int capacity,
    int openCount,
    Set<String> languages,
    Set<Intent> intents,
    Set<Long> teamIds,
    Instant lastAssignedAt) {

  public AgentState {
    Objects.requireNonNull(presence, "presence is required");
    if (capacity < 0 || openCount < 0) {
      throw new IllegalArgumentException(
          "agent " + agentId + ": capacity and open count cannot be negative");
    }
    languages =
        languages.stream()
            .map(l -> l.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    intents = Set.copyOf(intents);
    teamIds = Set.copyOf(teamIds);
  }

  /** An available generalist with no open work, never assigned: handy for tests and simulations. */
  public static AgentState available(long agentId, int capacity) {
    return new AgentState(
        agentId, Presence.AVAILABLE, capacity, 0, Set.of(), Set.of(), Set.of(), null);
  }

  /** Whether new work may be pushed to this agent: available and below capacity. */
  public boolean canTakeMore() {
    return presence.receivesNewWork() && openCount < capacity;
  }

  /** Open conversations as a share of capacity: 0 idle, 1 full. */
  public double load() {
    return capacity == 0 ? 1.0 : (double) openCount / capacity;
  }

  /** Whether the agent has the skills and team the conversation asks for. */
  public boolean qualifiesFor(WaitingConversation conversation) {
    return speaks(conversation.language())
        && (intents.isEmpty() || intents.contains(conversation.intent()))
        && (conversation.teamId() == null || teamIds.contains(conversation.teamId()));
  }

  /** How specifically the agent matches: one point per non-generalist skill that matches. */
  public int skillMatch(WaitingConversation conversation) {
    int match = 0;
    if (!languages.isEmpty() && conversation.language() != null) {
      match += languages.contains(conversation.language()) ? 1 : 0;
    }
    return match + (!intents.isEmpty() && intents.contains(conversation.intent()) ? 1 : 0);
  }

  private boolean speaks(String language) {
    return languages.isEmpty() || language == null || languages.contains(language);
  }

  /** This agent after receiving one more conversation at {@code at}. */
  public AgentState withAssignment(Instant at) {
    return new AgentState(
        agentId, presence, capacity, openCount + 1, languages, intents, teamIds, at);
  }

  /** This agent after finishing (or handing over) one open conversation. */
  public AgentState withRelease() {
    if (openCount == 0) {
      throw new IllegalStateException("agent " + agentId + " has no open conversation to release");
    }
    return new AgentState(
        agentId, presence, capacity, openCount - 1, languages, intents, teamIds, lastAssignedAt);
  }

  public AgentState withPresence(Presence newPresence) {
    return new AgentState(
        agentId, newPresence, capacity, openCount, languages, intents, teamIds, lastAssignedAt);
  }
}
