package io.purser.airline;

import java.time.Instant;

/**
 * Something happened to a booking from a conversation: for the conversation's timeline.
 *
 * @param kind rebook, seat or move_private
 * @param event requested, approval_requested, approved, rejected, changed, seat_assigned,
 *     confirmation_sent, moved_private, failed, done
 * @param status the action's status after it: pending_approval, in_progress, done, partial, failed,
 *     rejected
 * @param before the booking before, in words ("DA41 JFK→CDG 2026-12-05 19:15"), or null
 * @param after the booking after, in words, or null
 */
public record BookingActionRecorded(
    long workspaceId,
    long conversationId,
    long actionId,
    String kind,
    String event,
    String status,
    String recordLocator,
    String actorName,
    String before,
    String after,
    Instant at) {}
