package io.purser.identity;

/** A console user as administrators see it: never the password or its hash. */
public record UserView(
    long id, String username, String displayName, String signature, Role role, boolean active) {}
