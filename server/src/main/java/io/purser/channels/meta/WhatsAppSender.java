package io.purser.channels.meta;

import io.purser.channels.meta.GraphPayloads.WhatsAppSendResponse;
import io.purser.channels.meta.GraphPayloads.WhatsAppTextRequest;
import io.purser.reply.ChannelSender;
import io.purser.reply.OutboundMessage;
import io.purser.reply.Reconciliation;
import io.purser.reply.SendResult;
import io.purser.workspace.Network;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Sends replies on WhatsApp through the Cloud API: a text message from the brand's phone number
 * ({@code accountExternalId} is its phone number id) quoting the customer's message when known.
 * WhatsApp has no public replies. Outcomes follow {@code GraphOutcomes}.
 */
@Component
public class WhatsAppSender implements ChannelSender {

  private final GraphApiClient graph;

  WhatsAppSender(GraphApiClient graph) {
    this.graph = graph;
  }

  @Override
  public Network network() {
    return Network.WHATSAPP;
  }

  @Override
  public SendResult send(OutboundMessage message) {
    if (message.delivery() != OutboundMessage.Delivery.PRIVATE_MESSAGE) {
      return GraphOutcomes.invalid("WhatsApp has only private messages, not " + message.delivery());
    }
    if (message.recipientExternalId() == null) {
      return GraphOutcomes.invalid("a WhatsApp message needs recipientExternalId");
    }
    var request =
        WhatsAppTextRequest.of(
            message.recipientExternalId(), message.text(), message.inReplyToExternalId());
    return graph.post(
        message.accountExternalId(),
        "messages",
        message.accessToken(),
        request,
        WhatsAppSendResponse.class,
        WhatsAppSendResponse::firstId);
  }

  /**
   * WhatsApp never echoes the business's own messages, and its {@code statuses} name a message only
   * by the wamid that a timed-out send never received: nothing can find the reply, so the agent
   * decides whether to send it again.
   */
  @Override
  public Reconciliation lookUp(OutboundMessage message, Instant sentAfter) {
    return new Reconciliation.Unverifiable(
        "WhatsApp did not answer with the message id, and offers no way to look the message up:"
            + " check with the customer before sending again");
  }
}
