package io.purser.channels.meta;

import io.purser.reply.ChannelSender;
import io.purser.reply.OutboundMessage;
import io.purser.reply.SendResult;
import io.purser.workspace.Network;
import org.springframework.stereotype.Component;

/**
 * Sends replies on Instagram: direct messages, private replies to a comment's author, and public
 * replies under a comment. Outcomes follow the Graph API rules in {@code GraphOutcomes}: throttling
 * and unreachable servers are retried later, a timeout or a cut connection is unknown, other
 * refusals are final.
 */
@Component
public class InstagramSender implements ChannelSender {

  private final GraphSendApi sendApi;

  InstagramSender(GraphApiClient graph) {
    this.sendApi = new GraphSendApi(graph, "replies", false);
  }

  @Override
  public Network network() {
    return Network.INSTAGRAM;
  }

  @Override
  public SendResult send(OutboundMessage message) {
    return sendApi.send(message);
  }
}
