package io.purser.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.channels.meta.MetaPayloadParser;
import io.purser.channels.x.XPayloadParser;
import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.replay.MetaDeliveries.MetaUser;
import io.purser.replay.XDeliveries.XUser;
import io.purser.workspace.Network;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deliveries the demo plays (its Meta traffic, the sandbox's X direct messages) are read by
 * Purser's own parsers as the customer's messages they stand for: the right network, kind, account,
 * author and text.
 */
class MetaDeliveriesTest {

  final MetaPayloadParser meta = new MetaPayloadParser();
  final XPayloadParser x = new XPayloadParser();
  final Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @Test
  void aFacebookCommentIsACommentUnderThePagesPost() {
    var m =
        one(
            meta.parse(
                MetaDeliveries.facebookComment(
                    "2000", "9010", "9020", new MetaUser("61", "Ann Lee"), "Bag lost", at)));
    assertThat(m.network()).isEqualTo(Network.FACEBOOK);
    assertThat(m.kind()).isEqualTo(Kind.COMMENT);
    assertThat(m.accountExternalId()).isEqualTo("2000");
    assertThat(m.externalId()).isEqualTo("9010_9020");
    assertThat(m.author().externalId()).isEqualTo("61");
    assertThat(m.text()).isEqualTo("Bag lost");
    assertThat(m.fromAccount()).isFalse();
  }

  @Test
  void messengerAndInstagramDirectMessagesComeFromTheirSender() {
    var messenger =
        one(
            meta.parse(
                MetaDeliveries.directMessage(
                    false, "2000", "m_1", new MetaUser("71", "Ann"), "Hello", at)));
    assertThat(messenger.network()).isEqualTo(Network.FACEBOOK);
    assertThat(messenger.kind()).isEqualTo(Kind.DIRECT);
    assertThat(messenger.author().externalId()).isEqualTo("71");
    assertThat(messenger.externalId()).isEqualTo("m_1");
    var instagram =
        one(
            meta.parse(
                MetaDeliveries.directMessage(
                    true, "1784", "aWdf1", new MetaUser("41", "ann"), "Salut", at)));
    assertThat(instagram.network()).isEqualTo(Network.INSTAGRAM);
    assertThat(instagram.kind()).isEqualTo(Kind.DIRECT);
    assertThat(instagram.accountExternalId()).isEqualTo("1784");
    assertThat(instagram.text()).isEqualTo("Salut");
  }

  @Test
  void anInstagramCommentIsACommentOnTheMedia() {
    var m =
        one(
            meta.parse(
                MetaDeliveries.instagramComment("1784", "1790", "1795", "ann", "51", "Hi", at)));
    assertThat(m.network()).isEqualTo(Network.INSTAGRAM);
    assertThat(m.kind()).isEqualTo(Kind.COMMENT);
    assertThat(m.author().externalId()).isEqualTo("51");
    assertThat(m.externalId()).isEqualTo("1795");
  }

  @Test
  void aWhatsAppTextComesFromTheCustomersNumberToTheBusinessNumber() {
    var m =
        one(
            meta.parse(
                MetaDeliveries.whatsAppText(
                    "104",
                    "105",
                    "15550100100",
                    "wamid.A",
                    new MetaUser("15551234567", "Ann"),
                    "Where is my refund?",
                    at)));
    assertThat(m.network()).isEqualTo(Network.WHATSAPP);
    assertThat(m.kind()).isEqualTo(Kind.DIRECT);
    assertThat(m.accountExternalId()).isEqualTo("104");
    assertThat(m.author().externalId()).isEqualTo("15551234567");
    assertThat(m.author().displayName()).isEqualTo("Ann");
    assertThat(m.counterpart().externalId()).isEqualTo("105");
    assertThat(m.text()).isEqualTo("Where is my refund?");
  }

  @Test
  void anXDirectMessageIsTheCustomersOrTheAccountsEcho() {
    var customer = new XUser("73", "alex", "Alex Martin");
    var brand = new XUser("1000", "DemoAir", "Demo Air");
    var in = one(x.parse(XDeliveries.directMessage("1000", "5", at, customer, brand, "Thanks")));
    assertThat(in.fromAccount()).isFalse();
    assertThat(in.author().externalId()).isEqualTo("73");
    assertThat(in.author().displayName()).isEqualTo("Alex Martin");
    assertThat(in.createdAt()).isEqualTo(at);
    var echo = one(x.parse(XDeliveries.directMessage("1000", "6", at, brand, customer, "On it")));
    assertThat(echo.fromAccount()).isTrue();
    assertThat(echo.counterpart().externalId()).isEqualTo("73");
    assertThat(echo.externalId()).isEqualTo("6");
  }

  private static InboundMessage one(List<InboundEvent> events) {
    assertThat(events).hasSize(1);
    assertThat(events.get(0)).isInstanceOf(InboundMessage.class);
    return (InboundMessage) events.get(0);
  }
}
