package io.purser.channels.meta;

import io.purser.workspace.Network;
import org.springframework.stereotype.Component;

/**
 * Sends replies on Facebook: Messenger messages to a person, private replies to a comment's author,
 * and public replies under a page's comments. Outcomes follow the Graph API rules in {@code
 * GraphOutcomes}: throttling and unreachable servers are retried later, a timeout or a cut
 * connection is unknown, other refusals are final. A message carries the reply's echo key in {@code
 * metadata}; its echo confirms a reply whose outcome was unknown.
 */
@Component
public class MessengerSender extends GraphSendApi {

  MessengerSender(GraphApiClient graph) {
    super(Network.FACEBOOK, graph, "comments", true);
  }
}
