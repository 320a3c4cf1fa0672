package io.purser.channels.x;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.channels.WirePayloadTest;
import io.purser.ingest.InboundEvent.AccessRevoked;
import io.purser.ingest.InboundEvent.DeliveryStatus;
import io.purser.ingest.InboundEvent.DeliveryUpdate;
import io.purser.ingest.InboundEvent.Engagement;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.MessageRemoved;
import io.purser.ingest.InboundEvent.MessageRemoved.Removal;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replays the Account Activity API fixtures (verbatim and composed) through the X parser. */
class AccountActivityPayloadTest extends WirePayloadTest {

  static final Network X = Network.X;
  static final Party X_DEV = new Party("2244994945", "XDevelopers", "X Dev", 512292);
  static final Party CAMPER = new Party("3001969357", "furiouscamper", "Jordan Brinks", 22);
  static final String REPLY_TEXT =
      "See how @PennMedCDH are using X data to understand the COVID-19 health crisis 📊\n\n"
          + "https://t.co/1tdA8uDWes";

  AccountActivityPayloadTest() {
    super(new XPayloadParser());
  }

  @Test
  void readsACustomersDirectMessageWithHandlesFromTheUsersMap() {
    assertThat(parse("x_aaa_direct_message_events.json"))
        .containsExactly(
            new InboundMessage(
                X,
                "4337869213",
                "954491830116155396",
                Kind.DIRECT,
                CAMPER,
                new Party("4337869213", "Harris_0ff", "Harrison Test", 8),
                false,
                "Hello World!",
                null,
                null,
                Instant.ofEpochMilli(1516403560557L),
                List.of()));
  }

  @Test
  void readsTheBrandsOwnPostAsAnEchoUsingIdStrNotTheRoundedNumericId() {
    assertThat(parse("x_aaa_tweet_create_events.COMPOSED.json"))
        .containsExactly(
            new InboundMessage(
                X,
                "2244994945",
                "1307025659294674945",
                Kind.POST,
                X_DEV,
                null,
                true,
                "Here’s an article that highlights the updates in the new Tweet payload v2"
                    + " https://t.co/oeF3ZHeKQQ",
                "1304102743196356610",
                null,
                Instant.parse("2020-09-18T18:36:15Z"),
                List.of()));
  }

  @Test
  void readsAMentionByAnotherUserAsACustomerPostWithItsEmojiIntact() {
    assertThat(parse("x_aaa_tweet_create_events_mention.COMPOSED.json"))
        .containsExactly(
            new InboundMessage(
                X,
                "1615654896",
                "1296887316556980230",
                Kind.POST,
                X_DEV,
                null,
                false,
                REPLY_TEXT,
                "1296887091901718529",
                null,
                Instant.parse("2020-08-21T19:10:05Z"),
                List.of()));
  }

  @Test
  void readsTheAccountsOwnReplyAsAnEcho() {
    InboundMessage reply =
        (InboundMessage) parse("x_aaa_tweet_create_events_reply.COMPOSED.json").get(0);

    assertThat(reply.externalId()).isEqualTo("1296887316556980230");
    assertThat(reply.fromAccount()).isTrue();
    assertThat(reply.inReplyToExternalId()).isEqualTo("1296887091901718529");
    assertThat(reply.text()).isEqualTo(REPLY_TEXT);
  }

  @Test
  void readsTheWholeTextOfALongPostAndStartsItsOwnThread() {
    assertThat(parse("x_aaa_tweet_create_events_longform.COMPOSED.json"))
        .containsExactly(
            new InboundMessage(
                X,
                "1603419180975409153",
                "1924465506158878979",
                Kind.POST,
                X_DEV,
                null,
                false,
                "The Antikythera Mechanism: A Window into Ancient Ingenuity Discovered in 1901 among"
                    + " the wreckage of a Roman ship off the Greek island of Antikythera...",
                null,
                "1924465506158878979",
                Instant.parse("2025-05-19T14:01:46Z"),
                List.of()));
  }

  @Test
  void readsALikeAsEngagementNeverAMessage() {
    assertThat(parse("x_aaa_favorite_events.COMPOSED.json"))
        .containsExactly(
            new Engagement(
                X,
                "2244994945",
                "like",
                CAMPER,
                "1307025659294674945",
                null,
                Instant.ofEpochMilli(1522082006140L)));
  }

  @Test
  void readsFollowsAndUnfollowsAsEngagement() {
    Instant at = Instant.ofEpochMilli(1517588749178L);

    assertThat(parse("x_aaa_follow_events.COMPOSED.json"))
        .containsExactly(new Engagement(X, "2244994945", "follow", CAMPER, "2244994945", null, at));
    assertThat(parse("x_aaa_unfollow_events.COMPOSED.json"))
        .containsExactly(
            new Engagement(X, "2244994945", "unfollow", CAMPER, "2244994945", null, at));
  }

  @Test
  void readsADeletedPostAsRemoved() {
    assertThat(parse("x_aaa_tweet_delete_events.json"))
        .containsExactly(
            new MessageRemoved(
                X,
                "930524282358325248",
                "1045405559317569537",
                Removal.DELETED,
                Instant.ofEpochMilli(1432228155593L)));
  }

  @Test
  void readsARevokedAuthorisationWithTheRevokingUserAsTheAccount() {
    assertThat(parse("x_aaa_user_event_revoke.json"))
        .containsExactly(
            new AccessRevoked(X, "63046977", "63046977", Instant.parse("2018-05-24T09:48:12Z")));
  }

  @Test
  void readsTypingAsEngagement() {
    assertThat(parse("x_aaa_direct_message_indicate_typing_events.json"))
        .containsExactly(
            new Engagement(
                X,
                "4337869213",
                "typing",
                new Party("3284025577", "bogusbogart", "Bogus Bogart", 1),
                "3001969357",
                null,
                Instant.ofEpochMilli(1518127183443L)));
  }

  @Test
  void readsACustomerMarkingMessagesReadAsAReadReceipt() {
    assertThat(parse("x_aaa_direct_message_mark_read_events.json"))
        .containsExactly(
            new DeliveryUpdate(
                X,
                "4337869213",
                List.of("963085315333238788"),
                "199566737",
                null,
                DeliveryStatus.READ,
                null,
                Instant.ofEpochMilli(1518452444662L)));
  }
}
