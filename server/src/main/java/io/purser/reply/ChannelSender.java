package io.purser.reply;

import io.purser.workspace.Network;
import java.time.Instant;

/**
 * Sends replies through one network's API. Implemented by the channel modules; the outbox worker
 * picks the sender whose {@link #network()} matches. Implementations never throw for network
 * failures: every outcome is a {@link SendResult} or a {@link Reconciliation}.
 */
public interface ChannelSender {

  Network network();

  SendResult send(OutboundMessage message);

  /**
   * Looks the reply up on the network after a send whose outcome is unknown. The default waits for
   * the network's echo of our own message, which the conversation module matches as it arrives.
   *
   * @param sentAfter when the uncertain send began: the reply cannot be older
   */
  default Reconciliation lookUp(OutboundMessage message, Instant sentAfter) {
    return new Reconciliation.CannotTell("waiting for the network's echo of the reply");
  }
}
