/**
 * The networks' side of Purser: the webhooks (signed deliveries taken by {@link
 * io.purser.channels.webhook.WebhookDeliveries} ahead of the web framework, handshakes in
 * controllers), payload parsing into {@link io.purser.ingest.InboundEvent}s, signature checks, and
 * the outbound senders for X and Meta (Messenger, Facebook Page, Instagram, WhatsApp), and each
 * network's answer to who an access token belongs to ({@link
 * io.purser.workspace.AccountOwnershipCheck}).
 *
 * <p>Offers no API of its own: it implements the other modules' ports ({@link
 * io.purser.ingest.WebhookPayloadParser}, {@link io.purser.reply.ChannelSender}, {@link
 * io.purser.workspace.AccountOwnershipCheck}) and appends to the {@link io.purser.ingest.Inbox}, so
 * the rest of the system sees only normalised events. Keeps to itself: what both networks share,
 * the webhook filter and doors ({@code webhook}) and the HTTP calls to the networks' APIs ({@code
 * outbound}), and each network's adapter ({@code x}, {@code meta}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Channels")
package io.purser.channels;
