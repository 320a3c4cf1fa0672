package io.purser.reply.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.reply.OutboundMessage.Delivery;
import io.purser.reply.domain.ReplyRules.Decision;
import io.purser.reply.domain.ReplyRules.Request;
import io.purser.workspace.Network;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplyRulesTest {

  static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  private static Decision decide(
      Network network,
      boolean isPublic,
      String text,
      String kind,
      boolean answeredPublic,
      Duration sinceLastPrivate) {
    return ReplyRules.decide(
        new Request(
            network,
            isPublic,
            text,
            kind,
            answeredPublic,
            sinceLastPrivate == null ? null : NOW.minus(sinceLastPrivate),
            NOW));
  }

  @Test
  void countsCharactersNotUtf16UnitsAgainstTheLimit() {
    var emoji = "✈".repeat(280);
    assertThat(decide(Network.X, true, emoji, "post", true, null))
        .isEqualTo(new Decision.Allowed(Delivery.PUBLIC_POST, false));
    var faces = "😀".repeat(280); // 560 UTF-16 units, 280 characters
    assertThat(decide(Network.X, true, faces, "post", true, null))
        .isInstanceOf(Decision.Allowed.class);
    assertThat(decide(Network.X, true, faces + "!", "post", true, null))
        .isInstanceOf(Decision.Refused.class);
  }

  @Test
  void refusesEmptyReplies() {
    assertThat(decide(Network.X, true, " \n", "post", true, null))
        .isInstanceOf(Decision.Refused.class);
  }

  @Test
  void answersMessengerNormallyWithin24HoursAndWithTheHumanAgentTagWithin7Days() {
    assertThat(decide(Network.FACEBOOK, false, "hi", "direct", false, Duration.ofHours(23)))
        .isEqualTo(new Decision.Allowed(Delivery.PRIVATE_MESSAGE, false));
    assertThat(decide(Network.INSTAGRAM, false, "hi", "direct", false, Duration.ofDays(3)))
        .isEqualTo(new Decision.Allowed(Delivery.PRIVATE_MESSAGE, true));
    assertThat(decide(Network.FACEBOOK, false, "hi", "direct", false, Duration.ofDays(8)))
        .isInstanceOf(Decision.Refused.class);
  }

  @Test
  void refusesWhatsAppFreeFormRepliesAfter24Hours() {
    assertThat(decide(Network.WHATSAPP, false, "hi", "direct", false, Duration.ofHours(25)))
        .isEqualTo(
            new Decision.Refused(
                "WhatsApp allows free-form replies only within 24 hours of the customer's last message; a template message is needed"));
    assertThat(decide(Network.WHATSAPP, true, "hi", "direct", false, Duration.ofHours(1)))
        .isInstanceOf(Decision.Refused.class);
  }

  @Test
  void answersAPublicCommentPrivatelyWithAPrivateReplyAndPubliclyWithACommentReply() {
    assertThat(decide(Network.FACEBOOK, false, "DM us", "comment", true, null))
        .isEqualTo(new Decision.Allowed(Delivery.PRIVATE_REPLY_TO_COMMENT, false));
    assertThat(decide(Network.FACEBOOK, true, "Thanks", "comment", true, null))
        .isEqualTo(new Decision.Allowed(Delivery.PUBLIC_COMMENT, false));
    assertThat(decide(Network.X, false, "Check your DMs", "post", true, null))
        .isEqualTo(new Decision.Allowed(Delivery.PRIVATE_MESSAGE, false));
  }

  @Test
  void neverAnswersAPrivateMessageInPublic() {
    assertThat(decide(Network.X, true, "hi", "direct", false, Duration.ofMinutes(1)))
        .isInstanceOf(Decision.Refused.class);
  }
}
