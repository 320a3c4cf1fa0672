package io.purser.channels.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.channels.WirePayloadTest;
import io.purser.ingest.InboundEvent.Attachment;
import io.purser.ingest.InboundEvent.DeliveryStatus;
import io.purser.ingest.InboundEvent.DeliveryUpdate;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replays the Instagram fixtures: comments and mentions ({@code changes[]}), DMs and seen. */
class InstagramPayloadTest extends WirePayloadTest {

  static final Network IG = Network.INSTAGRAM;
  static final String ACCOUNT = "17841452691600098";
  static final String CUSTOMER = "5614879045272581";
  static final Instant SENT_AT = Instant.ofEpochMilli(1668022333735L);
  static final String MID =
      "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDUyNjkxNjAwMDk4OjM0MDI4MjM2Njg0MTcxMDMwMDk0OTEy"
          + "ODUyNTYwOTEwODQ0ODU4MjozMDc2OTU4MTA5OTY0OTI5MzAzMjAwODc1MDUxMTE2MTM0NAZDZD";

  InstagramPayloadTest() {
    super(new MetaPayloadParser());
  }

  @Test
  void readsAReplyCommentThreadedUnderTheMediaWithTheParentCommentAsInReplyTo() {
    assertThat(parse("instagram_comments.json"))
        .containsExactly(
            new InboundMessage(
                IG,
                "0",
                "123456789",
                Kind.COMMENT,
                new Party("1234536447", "testuser", null),
                null,
                false,
                "This is an example.",
                "987654321",
                "76543987",
                Instant.ofEpochSecond(1519399307),
                List.of()));
  }

  @Test
  void readsAMentionAsACommentThatNamesOnlyIds() {
    assertThat(parse("instagram_mentions.json"))
        .containsExactly(
            new InboundMessage(
                IG,
                "0",
                "17887498072083520",
                Kind.COMMENT,
                null,
                null,
                false,
                "",
                null,
                "17887498072083520",
                Instant.ofEpochSecond(1519399310),
                List.of()));
  }

  @Test
  void readsADirectMessage() {
    assertThat(parse("instagram_message_text.DERIVED.json"))
        .containsExactly(
            new InboundMessage(
                IG,
                ACCOUNT,
                MID,
                Kind.DIRECT,
                new Party(CUSTOMER, null, null),
                new Party(ACCOUNT, null, null),
                false,
                "<customer text>",
                null,
                null,
                SENT_AT,
                List.of()));
  }

  @Test
  void readsAnUnsupportedAttachmentKeepingItsTypeAndUrl() {
    InboundMessage message = (InboundMessage) parse("instagram_messaging_attachment.json").get(0);

    assertThat(message.externalId()).isEqualTo(MID);
    assertThat(message.text()).isEmpty();
    assertThat(message.attachments())
        .singleElement()
        .extracting(Attachment::type, a -> a.url().startsWith("https://lookaside.fbsbx.com/"))
        .containsExactly("unsupported_type", true);
  }

  @Test
  void readsSeenAsAReadReceiptForOneMessage() {
    assertThat(parse("instagram_messaging_seen.json"))
        .containsExactly(
            new DeliveryUpdate(
                IG,
                ACCOUNT,
                List.of("MESSAGE-ID"),
                CUSTOMER,
                null,
                DeliveryStatus.READ,
                null,
                SENT_AT));
  }
}
