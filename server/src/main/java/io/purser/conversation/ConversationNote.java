package io.purser.conversation;

import java.time.Instant;

/** An agent's internal note on a conversation: never sent to the customer. */
public record ConversationNote(
    long id, long conversationId, Long authorUserId, String authorName, String text, Instant at) {

  /**
   * The longest note, in UTF-16 units (the column holds 10,000 characters; H2 counts units,
   * PostgreSQL code points, so counting units keeps every note within both).
   */
  public static final int LONGEST = 10_000;

  /** Text cut to fit a note, for notes Purser writes itself from what a network said. */
  public static String fitting(String text) {
    if (text.length() <= LONGEST) {
      return text;
    }
    int end = LONGEST - 1;
    return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end) + "…";
  }
}
