/**
 * Replies going out: the checks an agent's reply must pass (length per network, personal data in
 * public, messaging windows), the outbox with an idempotency key, the worker that hands replies to
 * the channels' {@link io.purser.reply.ChannelSender}s, and the delivery status on the message. A
 * send whose outcome is unknown (timeout, cut connection, a result the database could not record)
 * is reconciled with the network ({@link io.purser.reply.Reconciliation}) and never sent again
 * blindly; what cannot be reconciled is shown to the agent as unknown.
 *
 * <p>Offers: {@link io.purser.reply.ReplyManagement} (replies, saved replies, send again), the port
 * {@link io.purser.reply.ChannelSender} and its {@link io.purser.reply.SendResult}, and the reply
 * outcome types. Keeps to itself: its tables (outbox, saved_reply), the outbox worker and its
 * reconciliation, the reply rules as plain Java ({@code domain}) and its controllers ({@code web}),
 * which use only the facade.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Replies")
package io.purser.reply;
