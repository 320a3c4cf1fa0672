package io.purser.reply.domain;

import io.purser.reply.OutboundMessage.Delivery;
import io.purser.workspace.Network;
import java.time.Duration;
import java.time.Instant;

/**
 * The networks' rules for a reply, as pure decisions: how it travels, how long it may be, and
 * whether the messaging window still allows it.
 */
public final class ReplyRules {

  static final Duration STANDARD_WINDOW = Duration.ofHours(24);
  static final Duration HUMAN_AGENT_WINDOW = Duration.ofDays(7);

  private ReplyRules() {}

  /** What the agent wants to send, and the customer message it answers. */
  public record Request(
      Network network,
      boolean isPublic,
      String text,
      String answeredKind,
      boolean answeredIsPublic,
      Instant lastPrivateInboundAt,
      Instant now) {}

  /** The rules' answer. */
  public sealed interface Decision {
    record Allowed(Delivery delivery, boolean humanAgentTag) implements Decision {}

    record Refused(String reason) implements Decision {}
  }

  public static Decision decide(Request r) {
    if (r.text() == null || r.text().isBlank()) {
      return new Decision.Refused("the reply is empty");
    }
    int length = r.text().codePointCount(0, r.text().length());
    int limit = limit(r.network(), r.isPublic());
    if (length > limit) {
      return new Decision.Refused(
          "the reply has %d characters; %s allows %d"
              .formatted(length, place(r.network(), r.isPublic()), limit));
    }
    if (r.isPublic()) {
      return publicDelivery(r);
    }
    return privateDelivery(r);
  }

  private static Decision publicDelivery(Request r) {
    if (r.network() == Network.WHATSAPP) {
      return new Decision.Refused("WhatsApp has no public replies");
    }
    if (!r.answeredIsPublic()) {
      return new Decision.Refused("a public reply answers a public message; this one was private");
    }
    return new Decision.Allowed(
        r.network() == Network.X ? Delivery.PUBLIC_POST : Delivery.PUBLIC_COMMENT, false);
  }

  private static Decision privateDelivery(Request r) {
    if (r.network() == Network.X) {
      return new Decision.Allowed(Delivery.PRIVATE_MESSAGE, false);
    }
    if (r.answeredIsPublic() && "comment".equals(r.answeredKind())) {
      // Meta allows one private reply to a public comment, which opens the private thread.
      return new Decision.Allowed(Delivery.PRIVATE_REPLY_TO_COMMENT, false);
    }
    if (r.lastPrivateInboundAt() == null) {
      return new Decision.Refused("the customer has not written privately, so no window is open");
    }
    var since = Duration.between(r.lastPrivateInboundAt(), r.now());
    if (since.compareTo(STANDARD_WINDOW) <= 0) {
      return new Decision.Allowed(Delivery.PRIVATE_MESSAGE, false);
    }
    if (r.network() != Network.WHATSAPP && since.compareTo(HUMAN_AGENT_WINDOW) <= 0) {
      return new Decision.Allowed(Delivery.PRIVATE_MESSAGE, true);
    }
    return new Decision.Refused(
        r.network() == Network.WHATSAPP
            ? "WhatsApp allows free-form replies only within 24 hours of the customer's last"
                + " message; a template message is needed"
            : "Meta allows a human agent reply only within 7 days of the customer's last message");
  }

  /** The longest reply, in Unicode code points, the network accepts in public or in private. */
  public static int limit(Network network, boolean isPublic) {
    return switch (network) {
      case X -> isPublic ? 280 : 10_000;
      case FACEBOOK -> isPublic ? 8_000 : 2_000;
      case INSTAGRAM -> isPublic ? 2_200 : 1_000;
      case WHATSAPP -> 4_096;
    };
  }

  private static String place(Network network, boolean isPublic) {
    return network.wireName() + (isPublic ? " (public)" : " (private)");
  }
}
