package io.purser.channels.meta;

import io.purser.workspace.Network;
import org.springframework.stereotype.Component;

/**
 * Sends replies on Instagram: direct messages, private replies to a comment's author, and public
 * replies under a comment. Outcomes follow the Graph API rules in {@code GraphOutcomes}: throttling
 * and unreachable servers are retried later, a timeout or a cut connection is unknown, other
 * refusals are final.
 */
@Component
public class InstagramSender extends GraphSendApi {

  InstagramSender(GraphApiClient graph) {
    super(Network.INSTAGRAM, graph, "replies", false);
  }
}
