package io.purser.routing.queue;

/** What a customer's message tells routing. */
record Signals(
    String network,
    boolean isPublic,
    boolean needsResponse,
    String language,
    String intent,
    String sentiment,
    String category,
    String urgency,
    String urgencyReason,
    boolean raisedByRule,
    long authorFollowers,
    Long teamId) {}
