package io.purser.routing.domain;

import io.purser.triage.Intent;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A conversation that waits for an agent.
 *
 * @param conversationId the conversation
 * @param priority its priority score now ({@link Priority#score()}); higher goes first
 * @param language ISO 639-1 code of the customer's language; {@code null} or {@code und} = any
 *     agent
 * @param intent what it is about
 * @param previousAgentId the agent who handled this customer last, {@code null} if none
 * @param teamId the team it is queued for, {@code null} for any team
 * @param waitingSince when it started waiting; breaks ties between equal priorities
 */
public record WaitingConversation(
    long conversationId,
    int priority,
    String language,
    Intent intent,
    Long previousAgentId,
    Long teamId,
    Instant waitingSince) {

  public WaitingConversation {
    language =
        language == null || language.isBlank() || language.equalsIgnoreCase("und")
            ? null
            : language.toLowerCase(Locale.ROOT);
    Objects.requireNonNull(intent, "intent is required");
    Objects.requireNonNull(waitingSince, "waitingSince is required");
  }
}
