/**
 * The networks' side of Purser: the webhooks (signed deliveries taken by {@link
 * io.purser.channels.WebhookDeliveries} ahead of the web framework, handshakes in controllers),
 * payload parsing into {@link io.purser.ingest.InboundEvent}s, signature checks, and the outbound
 * senders for X and Meta (Messenger, Facebook Page, Instagram, WhatsApp), and each network's answer
 * to who an access token belongs to ({@link io.purser.workspace.AccountOwnershipCheck}). Everything
 * network-specific stays here; the rest of the system sees only normalised events and {@link
 * io.purser.reply.ChannelSender}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Channels")
package io.purser.channels;
