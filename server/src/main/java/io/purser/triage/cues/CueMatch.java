package io.purser.triage.cues;

/**
 * A phrase of a lexicon found in a message.
 *
 * @param section the lexicon section (urgency.stranded, intent.refund, time.lead, …)
 * @param phrase the phrase as the lexicon writes it ("perdí mi conexión")
 * @param startWord the index of its first word among the message's words
 * @param endWord the index after its last word
 */
public record CueMatch(String section, String phrase, int startWord, int endWord) {}
