package io.purser.reply;

import io.purser.conversation.MessageView;
import io.purser.workspace.Network;
import java.util.List;
import java.util.Optional;

/**
 * Which customer message a reply answers. The default visibility follows the customer's latest
 * message; a private answer to a public post goes to its author (X DM) or privately to the comment
 * (Meta).
 */
final class ReplyTarget {

  private ReplyTarget() {}

  static Optional<MessageView> choose(List<MessageView> messages, Boolean wantPublic) {
    var inbound = messages.stream().filter(MessageView::isInbound).toList();
    if (inbound.isEmpty()) {
      return Optional.empty();
    }
    var latest = inbound.get(inbound.size() - 1);
    if (wantPublic == null || wantPublic == latest.isPublic()) {
      return Optional.of(latest);
    }
    for (int i = inbound.size() - 1; i >= 0; i--) {
      if (inbound.get(i).isPublic() == wantPublic) {
        return Optional.of(inbound.get(i));
      }
    }
    // Private answer to a public message: a DM to its author, or a private reply to the comment.
    return wantPublic ? Optional.empty() : Optional.of(latest);
  }

  /** Who receives a private reply: the customer's id on the network. */
  static String recipient(MessageView answered, OutboundMessage.Delivery delivery) {
    return switch (delivery) {
      case PRIVATE_MESSAGE -> answered.authorExternalId();
      case PUBLIC_POST, PUBLIC_COMMENT, PRIVATE_REPLY_TO_COMMENT -> null;
    };
  }

  /** The brand's id the reply leaves from: WhatsApp sends from the business phone number id. */
  static String sendingAccount(MessageView answered, String accountExternalId) {
    if (Network.WHATSAPP.wireName().equals(answered.network())
        && answered.recipientExternalId() != null) {
      return answered.recipientExternalId();
    }
    return accountExternalId;
  }
}
