package io.purser.channels.x;

import io.purser.reply.ChannelSender;
import io.purser.reply.OutboundMessage;
import io.purser.reply.Reconciliation;
import io.purser.reply.SendResult;
import io.purser.workspace.Network;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sends replies on X through API v2: a public reply becomes a post answering the customer's post, a
 * private reply a direct message to the customer. The outcome follows {@link XApiOutcomes}: rate
 * limits and unreachable servers are retried later, a timeout or a cut connection is unknown (X may
 * have posted) and is then looked up on X, other refusals are final.
 */
@Component
public class XApiSender implements ChannelSender {

  private final XApiClient client;
  private final XReplyLookup lookup;

  @Autowired
  public XApiSender(XSettings settings, ObjectProvider<Clock> clock) {
    this(settings, clock.getIfAvailable(Clock::systemUTC));
  }

  XApiSender(XSettings settings, Clock clock) {
    this.client = new XApiClient(settings, clock);
    this.lookup = new XReplyLookup(settings);
  }

  @Override
  public Network network() {
    return Network.X;
  }

  @Override
  public SendResult send(OutboundMessage message) {
    return switch (message.delivery()) {
      case PUBLIC_POST ->
          message.inReplyToExternalId() == null
              ? missing("inReplyToExternalId", message)
              : client.createReplyPost(
                  message.accessToken(), message.text(), message.inReplyToExternalId());
      case PRIVATE_MESSAGE ->
          message.recipientExternalId() == null
              ? missing("recipientExternalId", message)
              : client.sendDirectMessage(
                  message.accessToken(), message.recipientExternalId(), message.text());
      case PUBLIC_COMMENT, PRIVATE_REPLY_TO_COMMENT ->
          new SendResult.Rejected(
              "unsupported-delivery", "X has no " + message.delivery() + " delivery");
    };
  }

  /** Looks the reply up on the brand's timeline or in the DM conversation: see XReplyLookup. */
  @Override
  public Reconciliation lookUp(OutboundMessage message, Instant sentAfter) {
    return lookup.find(message, sentAfter);
  }

  private static SendResult missing(String field, OutboundMessage message) {
    return XApiOutcomes.invalid(message.delivery() + " on X needs " + field + ", which is missing");
  }
}
