/**
 * Replies going out: the checks an agent's reply must pass (length per network, personal data in
 * public, messaging windows), the outbox with an idempotency key, the worker that hands replies to
 * the channels' {@link io.purser.reply.ChannelSender}s, and the delivery status on the message.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Replies")
package io.purser.reply;
