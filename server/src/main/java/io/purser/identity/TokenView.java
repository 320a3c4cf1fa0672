package io.purser.identity;

import java.time.Instant;

/** An API token as administrators see it: never the token or its hash. */
public record TokenView(
    long id, String name, Role role, Long userId, Instant createdAt, Instant revokedAt) {}
