package io.purser.routing;

import java.time.Instant;

/**
 * An active conversation as the queue shows it: what triage said about the customer's latest
 * message, its priority, its owner and its earliest SLA deadline.
 *
 * @param waiting whether the customer waits for the brand
 * @param slaDueAt the earliest running SLA deadline, or null
 */
public record QueueItem(
    long conversationId,
    boolean waiting,
    Instant waitingSince,
    int priority,
    String priorityBand,
    String network,
    boolean isPublic,
    String language,
    String intent,
    String sentiment,
    String urgency,
    Long assigneeId,
    String assigneeName,
    Instant slaDueAt) {}
