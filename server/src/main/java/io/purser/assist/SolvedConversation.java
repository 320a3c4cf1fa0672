package io.purser.assist;

import java.util.Objects;

/**
 * A conversation an agent answered, as the engine learns from it.
 *
 * @param id the conversation's id, quoted in reasons ("like conversation #4312")
 * @param language the customer's language (ISO 639-1, "en")
 * @param customerWords what the customer wrote before the agent answered
 * @param reply the agent's first reply as sent (signature and personal data are removed when
 *     indexed, never shown)
 */
public record SolvedConversation(String id, String language, String customerWords, String reply) {
  public SolvedConversation {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(language, "language is required");
    Objects.requireNonNull(customerWords, "customerWords is required");
    Objects.requireNonNull(reply, "reply is required");
  }
}
