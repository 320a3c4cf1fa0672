package io.purser.media;

/** An attachment was fetched (and read) or given up on: open conversation pages refresh. */
public record MediaProcessed(long workspaceId, long conversationId, long mediaId, String status) {}
