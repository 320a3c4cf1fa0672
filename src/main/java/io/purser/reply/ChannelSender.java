package io.purser.reply;

import io.purser.workspace.Network;

/**
 * Sends replies through one network's API. Implemented by the channel modules; the outbox worker
 * picks the sender whose {@link #network()} matches. Implementations never throw for network
 * failures: every outcome is a {@link SendResult}.
 */
public interface ChannelSender {

  Network network();

  SendResult send(OutboundMessage message);
}
