package io.purser.conversation;

import io.purser.workspace.Network;

/** A reply an agent wrote, to be stored as a queued outbound message of the conversation. */
public record OutboundReply(
    long workspaceId,
    long conversationId,
    long channelAccountId,
    Network network,
    String accountExternalId,
    String kind,
    boolean isPublic,
    String text,
    String inReplyToExternalId,
    String threadExternalId,
    String recipientExternalId,
    Long userId,
    String authorHandle,
    String authorName) {}
