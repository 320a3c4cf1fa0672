package io.purser.conversation;

import java.time.Instant;

/** An agent's internal note on a conversation: never sent to the customer. */
public record ConversationNote(
    long id, long conversationId, Long authorUserId, String authorName, String text, Instant at) {}
