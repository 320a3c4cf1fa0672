package io.purser.conversation;

/** An agent's latest correction of a message's triage with the message's text: a training label. */
public record TriageLabel(
    String text, String sentiment, String intent, String category, Boolean needsResponse) {}
