package io.purser.airline;

/**
 * Who asks for an action on a booking, from which conversation of their workspace, under which
 * idempotency key (the same key again answers with the first action and changes nothing).
 */
public record ActionCall(
    long workspaceId, long conversationId, Actor actor, String idempotencyKey) {}
