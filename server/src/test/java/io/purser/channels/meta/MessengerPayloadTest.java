package io.purser.channels.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.channels.WirePayloadTest;
import io.purser.ingest.InboundEvent.AccessRevoked;
import io.purser.ingest.InboundEvent.Attachment;
import io.purser.ingest.InboundEvent.DeliveryStatus;
import io.purser.ingest.InboundEvent.DeliveryUpdate;
import io.purser.ingest.InboundEvent.Engagement;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replays the Messenger fixtures (object {@code page}, {@code messaging[]}/{@code standby[]}). */
class MessengerPayloadTest extends WirePayloadTest {

  static final Network FB = Network.FACEBOOK;
  static final String PAGE = "12345654332";
  static final String OTHER_PAGE = "1234567890321";
  static final Party CUSTOMER = new Party("987654321432", null, null);
  static final String MID = "mid.1457764197618:41d102a3e1ae206a38";

  MessengerPayloadTest() {
    super(new MetaPayloadParser());
  }

  static InboundMessage message(
      String account, String mid, Party author, boolean echo, String text, Instant at) {
    return new InboundMessage(
        FB,
        account,
        mid,
        Kind.DIRECT,
        author,
        new Party(account, null, null),
        echo,
        text,
        null,
        null,
        at,
        List.of());
  }

  @Test
  void readsMessengerTextWithNumericIdsAsStrings() {
    assertThat(parse("messenger_message_text.json"))
        .containsExactly(
            message(
                PAGE, MID, CUSTOMER, false, "hello, world!", Instant.ofEpochMilli(1457764197627L)));
  }

  @Test
  void readsMessengerTextWithStringIds() {
    assertThat(parse("messenger_message_text_signed_sha1_vector.json"))
        .containsExactly(
            message(
                "1717527131834678",
                "mid.1475942721728:3b9e3646712f9bed52",
                new Party("1256217357730577", null, null),
                false,
                "34wrr3wr",
                Instant.ofEpochMilli(1475942721741L)));
  }

  @Test
  void readsAQuickReplyAsTheTextTheCustomerTapped() {
    assertThat(parse("messenger_message_quick_reply.json"))
        .containsExactly(
            message(
                OTHER_PAGE,
                "mid.1458696618141:b4ef9d19ec21086067",
                CUSTOMER,
                false,
                "quick reply text",
                Instant.ofEpochMilli(1470779510432L)));
  }

  @Test
  void readsAnAttachmentOnlyMessageWithEmptyText() {
    InboundMessage expected =
        new InboundMessage(
            FB,
            PAGE,
            "mid.1458696618141:b4ef9d19ec21086067",
            Kind.DIRECT,
            CUSTOMER,
            new Party(PAGE, null, null),
            false,
            "",
            null,
            null,
            Instant.ofEpochMilli(1458696618268L),
            List.of(new Attachment("image", "IMAGE_URL", null)));

    assertThat(parse("messenger_message_attachment.json")).containsExactly(expected);
  }

  @Test
  void readsTheRepliedToMessageAsInReplyTo() {
    assertThat(parse("messenger_message_reply_to.json"))
        .singleElement()
        .extracting(event -> ((InboundMessage) event).inReplyToExternalId())
        .isEqualTo("very_long_id_representing_the_original_message");
  }

  /** The fixture's ids are those of the customer's message; Meta puts the page as the sender. */
  @Test
  void readsAnEchoAsFromTheAccountWithTheRecipientAsCounterpart() {
    InboundMessage plain =
        message(PAGE, MID, CUSTOMER, true, "hello, world!", Instant.ofEpochMilli(1457764197627L));
    InboundMessage echo = withEchoKey(plain, "DEVELOPER_DEFINED_METADATA_STRING");

    assertThat(parse("messenger_message_echo.json")).containsExactly(echo);
    assertThat(parse("messenger_standby_echo.json")).containsExactly(echo);
  }

  /** The sender's {@code metadata} comes back with the echo: how a timed-out reply is found. */
  private static InboundMessage withEchoKey(InboundMessage m, String echoKey) {
    return new InboundMessage(
        m.network(),
        m.accountExternalId(),
        m.externalId(),
        m.kind(),
        m.author(),
        m.counterpart(),
        m.fromAccount(),
        m.text(),
        m.inReplyToExternalId(),
        m.threadExternalId(),
        m.createdAt(),
        m.attachments(),
        echoKey);
  }

  @Test
  void readsAPostbackWithoutMidAsAMessageWithAStableDerivedId() {
    assertThat(parse("messenger_postback.json"))
        .containsExactly(
            message(
                PAGE,
                "postback:987654321432:1458692752478:d089c7122307d23b",
                CUSTOMER,
                false,
                "USER_DEFINED_PAYLOAD",
                Instant.ofEpochMilli(1458692752478L)));
  }

  /**
   * The customer's receipt for the page's messages up to the fixtures' watermark: {@code mids}
   * named (read receipts name none), sent at {@code atMillis}.
   */
  static DeliveryUpdate receipt(List<String> mids, DeliveryStatus status, long atMillis) {
    return new DeliveryUpdate(
        FB,
        PAGE,
        mids,
        "987654321432",
        Instant.ofEpochMilli(1458668856253L),
        status,
        null,
        Instant.ofEpochMilli(atMillis));
  }

  @Test
  void readsAReadReceiptWithItsWatermark() {
    assertThat(parse("messenger_read.json"))
        .containsExactly(receipt(List.of(), DeliveryStatus.READ, 1458668856463L));
  }

  @Test
  void readsADeliveryReceiptWithItsMidsAndTheEntryTime() {
    assertThat(parse("messenger_delivery.json"))
        .containsExactly(
            receipt(
                List.of("mid.1458668856218:ed81099e15d3f4f233"),
                DeliveryStatus.DELIVERED,
                1458668856451L));
  }

  @Test
  void readsAReactionAsEngagementWithItsEmoji() {
    assertThat(parse("messenger_reaction.json"))
        .containsExactly(
            new Engagement(
                FB,
                OTHER_PAGE,
                "reaction",
                new Party("USER_ID", null, null),
                "original_message_id",
                "😢",
                Instant.ofEpochMilli(1572465098502L)));
  }

  @Test
  void readsThreadControlHandOversAsEngagement() {
    Instant at = Instant.ofEpochMilli(1473204787206L);
    Party user = new Party("USER_ID", null, null);

    assertThat(parse("messenger_pass_thread_control.json"))
        .containsExactly(
            new Engagement(FB, OTHER_PAGE, "thread_passed", user, null, "NEW_OWNER_APP_ID", at));
    assertThat(parse("messenger_take_thread_control.json"))
        .containsExactly(
            new Engagement(
                FB, OTHER_PAGE, "thread_taken", user, null, "PREVIOUS_OWNER_APP_ID", at));
  }

  @Test
  void readsAPolicyBlockAsAccessRevokedForThePage() {
    assertThat(parse("messenger_policy_enforcement_block.json"))
        .containsExactly(new AccessRevoked(FB, PAGE, null, Instant.ofEpochMilli(1458692752478L)));
  }
}
