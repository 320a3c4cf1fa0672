package io.purser.routing.queue;

/**
 * What the network and triage said about a customer's latest message: where and how publicly it
 * came, its language, intent, sentiment, category and urgency (wire names), whether a brand rule
 * raised it, and how many followers its author has.
 */
public record MessageFacts(
    String network,
    boolean isPublic,
    String language,
    String intent,
    String sentiment,
    String category,
    String urgency,
    String urgencyReason,
    boolean raisedByRule,
    long authorFollowers) {}
