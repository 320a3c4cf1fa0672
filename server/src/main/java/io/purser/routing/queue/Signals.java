package io.purser.routing.queue;

/**
 * What a customer's message tells routing: its facts, whether it needs a response, and the team a
 * brand rule routes it to (null: none).
 */
record Signals(MessageFacts facts, boolean needsResponse, Long teamId) {}
