package io.purser.channels.meta;

import io.purser.channels.meta.GraphPayloads.CommentRequest;
import io.purser.channels.meta.GraphPayloads.CommentResponse;
import io.purser.channels.meta.GraphPayloads.Recipient;
import io.purser.channels.meta.GraphPayloads.SendApiRequest;
import io.purser.channels.meta.GraphPayloads.SendApiResponse;
import io.purser.channels.meta.GraphPayloads.Text;
import io.purser.reply.ChannelSender;
import io.purser.reply.OutboundMessage;
import io.purser.reply.SendResult;
import io.purser.workspace.Network;

/**
 * The sender of the Messenger Platform deliveries Facebook pages and Instagram accounts share: Send
 * API messages (to a person or, privately, to a comment's author) and public replies under a
 * comment. The two networks differ only in the edge a comment reply goes to and in whether their
 * echoes carry the reply's metadata. Outcomes follow the Graph API rules in {@link GraphOutcomes}.
 */
abstract class GraphSendApi implements ChannelSender {

  private final Network network;
  private final GraphApiClient graph;
  private final String commentReplyEdge;
  private final boolean echoesMetadata;

  /**
   * @param commentReplyEdge {@code comments} on a Facebook comment, {@code replies} on Instagram
   * @param echoesMetadata whether the network documents {@code message.metadata} coming back in its
   *     echoes (Messenger does); when true every message carries the reply's echo key
   */
  GraphSendApi(
      Network network, GraphApiClient graph, String commentReplyEdge, boolean echoesMetadata) {
    this.network = network;
    this.graph = graph;
    this.commentReplyEdge = commentReplyEdge;
    this.echoesMetadata = echoesMetadata;
  }

  @Override
  public Network network() {
    return network;
  }

  @Override
  public SendResult send(OutboundMessage message) {
    return switch (message.delivery()) {
      case PRIVATE_MESSAGE ->
          message.recipientExternalId() == null
              ? GraphOutcomes.invalid("a private message needs recipientExternalId")
              : sendMessage(message, new Recipient(message.recipientExternalId(), null));
      case PRIVATE_REPLY_TO_COMMENT ->
          message.inReplyToExternalId() == null
              ? GraphOutcomes.invalid("a private reply needs the comment id, inReplyToExternalId")
              : sendMessage(message, new Recipient(null, message.inReplyToExternalId()));
      case PUBLIC_COMMENT ->
          message.inReplyToExternalId() == null
              ? GraphOutcomes.invalid("a comment reply needs the comment id, inReplyToExternalId")
              : replyToComment(message);
      case PUBLIC_POST ->
          GraphOutcomes.invalid("PUBLIC_POST is X's delivery; Meta replies are comments");
    };
  }

  /**
   * Inside 24 hours of the customer's last message a reply is a RESPONSE; from then up to 7 days
   * only a HUMAN_AGENT tagged message is allowed. The reply module decides which applies.
   */
  private SendResult sendMessage(OutboundMessage message, Recipient recipient) {
    boolean tagged = message.humanAgentTag();
    var request =
        new SendApiRequest(
            recipient,
            tagged ? "MESSAGE_TAG" : "RESPONSE",
            tagged ? "HUMAN_AGENT" : null,
            new Text(message.text(), echoesMetadata ? message.echoKey() : null));
    return graph.post(
        message.accountExternalId(),
        "messages",
        message.accessToken(),
        request,
        SendApiResponse.class,
        SendApiResponse::messageId);
  }

  private SendResult replyToComment(OutboundMessage message) {
    return graph.post(
        message.inReplyToExternalId(),
        commentReplyEdge,
        message.accessToken(),
        new CommentRequest(message.text()),
        CommentResponse.class,
        CommentResponse::id);
  }
}
