package io.purser.demo.sandbox;

import io.purser.workspace.Network;
import java.time.Instant;

/**
 * One message the sandbox took from Purser, as the network would keep it.
 *
 * @param kind {@code post}, {@code dm}, {@code message}, {@code private-reply} or {@code comment}
 * @param id the id the network answered with
 * @param account the brand's account it left from (for WhatsApp, the phone number id)
 * @param recipient the person it went to, when the network names one
 * @param inReplyTo the post, comment or message it answers, when it answers one
 * @param metadata what the sender attached to find the message again in its echo (Messenger's
 *     {@code message.metadata}); null when none
 */
public record Sent(
    Network network,
    String kind,
    String id,
    String account,
    String text,
    String recipient,
    String inReplyTo,
    Instant at,
    String metadata) {}
