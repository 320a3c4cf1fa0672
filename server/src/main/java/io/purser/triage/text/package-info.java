/**
 * How triage reads text: tokens ({@link io.purser.triage.text.TweetText}), the message read once
 * for every decision, lexicons and feature hashing. Exposed as the named interface {@code text} so
 * that other modules reading customer words (the assist engine's index) split them the same way
 * triage does, instead of writing a second tokeniser.
 */
@org.springframework.modulith.NamedInterface("text")
package io.purser.triage.text;
