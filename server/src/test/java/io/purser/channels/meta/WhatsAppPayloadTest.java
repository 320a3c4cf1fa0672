package io.purser.channels.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.channels.WireFixtures;
import io.purser.ingest.InboundEvent;
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

/** Replays the WhatsApp Cloud API fixtures: customers' messages and our messages' statuses. */
class WhatsAppPayloadTest {

  static final Network WA = Network.WHATSAPP;
  static final String WABA = "101809759215303";
  static final String WAMID =
      "wamid.HBgNNDkxNTIwOTgzMzM5OBUCABIYHGDEHJVFHJEVCFHJEVBCMTkyODk1OEIyAA==";
  static final Party TEST_USER = new Party("491234567890", "491234567890", "TestUser");
  static final Party BUSINESS_PHONE = new Party("10634295353625", "1234567891", null);
  static final Instant SENT_AT = Instant.ofEpochSecond(1653253313);
  static final String MAURICIO_WABA = "880480571844883";
  static final Party MAURICIO = new Party("1111111111111", "1111111111111", "Mauricio Binda");
  static final Party MAURICIO_PHONE = new Party("409552778964973", "43330585569", null);
  static final String MAURICIO_WAMID =
      "wamid.nBgN6TUyN2k5NzAzM5kzNhUCABI8FDNFQjAxQkE5REI4NEUzQ5Y5QTNgAA==";

  final MetaPayloadParser parser = new MetaPayloadParser();

  List<InboundEvent> parse(String fixture) {
    return parser.parse(WireFixtures.bytes(fixture));
  }

  static InboundMessage fromTestUser(String text, List<Attachment> attachments) {
    return new InboundMessage(
        WA,
        WABA,
        WAMID,
        Kind.DIRECT,
        TEST_USER,
        BUSINESS_PHONE,
        false,
        text,
        null,
        null,
        SENT_AT,
        attachments);
  }

  static InboundMessage fromMauricio(String text, String inReplyTo, long sentAtEpochSecond) {
    return new InboundMessage(
        WA,
        MAURICIO_WABA,
        MAURICIO_WAMID,
        Kind.DIRECT,
        MAURICIO,
        MAURICIO_PHONE,
        false,
        text,
        inReplyTo,
        null,
        Instant.ofEpochSecond(sentAtEpochSecond),
        List.of());
  }

  @Test
  void readsATextWithTheContactsNameAndTheBusinessPhoneAsCounterpart() {
    assertThat(parse("whatsapp_message_text.json"))
        .containsExactly(fromTestUser("Test", List.of()));
  }

  @Test
  void readsAnotherTextFromAnotherBusinessAccount() {
    assertThat(parse("whatsapp_message_text_2.json"))
        .containsExactly(fromMauricio("hi everyone!", null, 1672947578));
  }

  @Test
  void readsAGroupMessageFromAUserIdSenderWithTheirUsername() {
    assertThat(parse("whatsapp_message_text_bsuid.json"))
        .containsExactly(
            new InboundMessage(
                WA,
                "102290129340398",
                "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
                Kind.DIRECT,
                new Party("US.13491208655302741918", "@realsheenanelson", "Sheena Nelson"),
                new Party("106540352242922", "15550783881", null),
                false,
                "Does it come in another color?",
                null,
                "120363418770915618@g.us",
                Instant.ofEpochSecond(1749416383),
                List.of()));
  }

  @Test
  void readsAnInteractiveButtonReplyAsTheButtonsTitle() {
    assertThat(parse("whatsapp_message_interactive_button_reply.json"))
        .containsExactly(fromTestUser("button-text", List.of()));
  }

  @Test
  void readsATemplateButtonReplyWithTheContextAsInReplyTo() {
    assertThat(parse("whatsapp_message_template_button_reply.json"))
        .containsExactly(fromMauricio("SIM", MAURICIO_WAMID, 1673023653));
  }

  @Test
  void readsAnImageCaptionAsTextWithTheMediaIdAttached() {
    Attachment image =
        new Attachment("image", "whatsapp-media:400962571939895", "Some awesome image");

    assertThat(parse("whatsapp_message_image.json"))
        .containsExactly(fromTestUser("Some awesome image", List.of(image)));
  }

  /** The fixture escapes its backslash, so the name really is {@code Saarbr\u00fccken}. */
  @Test
  void readsALocationAsItsNameWithAGeoAttachment() {
    String name = "Saarbr\\u00fccken";
    Attachment location = new Attachment("location", "geo:49.234939575195,6.9993596076965", name);

    assertThat(parse("whatsapp_message_location.json"))
        .containsExactly(fromTestUser(name, List.of(location)));
  }

  @Test
  void readsSentDeliveredAndReadStatuses() {
    Instant at = Instant.ofEpochSecond(1673020317);

    assertThat(parse("whatsapp_status_sent.json")).containsExactly(status(DeliveryStatus.SENT, at));
    assertThat(parse("whatsapp_status_delivered.json"))
        .containsExactly(status(DeliveryStatus.DELIVERED, at));
    assertThat(parse("whatsapp_status_read.json")).containsExactly(status(DeliveryStatus.READ, at));
  }

  static DeliveryUpdate status(DeliveryStatus status, Instant at) {
    return new DeliveryUpdate(
        WA, MAURICIO_WABA, List.of(MAURICIO_WAMID), "1111111111111", null, status, null, at);
  }

  @Test
  void readsAFailureWithItsErrorCodeAndTitle() {
    assertThat(parse("whatsapp_status_failed_131026.json"))
        .containsExactly(
            new DeliveryUpdate(
                WA,
                "2432658263680361",
                List.of("wamid.HBgLMzI0NzY3NTUzNzYVAgARGBIzOTI2MzFGRjdBRjA4M0Y2RDQA"),
                "REDACTED",
                null,
                DeliveryStatus.FAILED,
                "131026 Receiver is incapable of receiving this message",
                Instant.ofEpochSecond(1698231447)));
  }

  @Test
  void readsAFailureOutsideThe24HourWindow() {
    assertThat(parse("whatsapp_status_failed_131047_24h_window.json"))
        .containsExactly(
            new DeliveryUpdate(
                WA,
                "111111111111111",
                List.of("wamid.HBgNN5NzAzMDkTUyNzkzNhUEjA1MjUwNCAUIyNEYUQ0OTVGNTY0MwA="),
                "5511111111111",
                null,
                DeliveryStatus.FAILED,
                "131047 Re-engagement message",
                Instant.ofEpochSecond(1682651887)));
  }
}
