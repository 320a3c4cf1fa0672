package io.purser.routing;

import java.time.Instant;

/**
 * Surge mode as a supervisor set it: while active, time-critical travellers are raised in the queue
 * and the prepared reply is pinned for agents.
 */
public record SurgeMode(
    boolean active, String preparedReply, Instant changedAt, String changedBy) {}
