package io.purser.identity;

/** A console user was created in a workspace (published inside the creating transaction). */
public record UserCreated(long workspaceId, long userId, Role role) {}
