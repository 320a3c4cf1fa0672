package io.purser.conversation;

import java.time.Instant;

/** A conversation as lists and the API show it. */
public record ConversationSummary(
    long id,
    String status,
    long contactId,
    String customerName,
    Long channelAccountId,
    Instant openedAt,
    Instant lastMessageAt,
    Instant lastInboundAt,
    Instant lastInboundPrivateAt,
    Instant firstResponseAt,
    Instant resolvedAt,
    int messageCount,
    String preview) {}
