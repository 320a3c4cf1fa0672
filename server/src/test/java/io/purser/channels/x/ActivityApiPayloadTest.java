package io.purser.channels.x;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.channels.WirePayloadTest;
import io.purser.ingest.InboundEvent.AccessRevoked;
import io.purser.ingest.InboundEvent.Attachment;
import io.purser.ingest.InboundEvent.Engagement;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replays the X Activity API (XAA) fixtures through the X parser. */
class ActivityApiPayloadTest extends WirePayloadTest {

  static final Network X = Network.X;
  static final String ACCOUNT = "1111111111111111111";
  static final Party EXAMPLE_USER = new Party(ACCOUNT, "ExampleUser", "Example User", 5502);
  static final Party OTHER_USER = new Party("2222222222222222222", "OtherUser", "OtherUser", 97);

  ActivityApiPayloadTest() {
    super(new XPayloadParser());
  }

  @Test
  void readsAMentionWithItsConversationAsThreadAndTheAuthorFromIncludes() {
    assertThat(parse("x_xaa_post_mention_create.json"))
        .containsExactly(
            new InboundMessage(
                X,
                ACCOUNT,
                "2080765813578191303",
                Kind.POST,
                OTHER_USER,
                null,
                false,
                "hey @ExampleUser",
                null,
                "2080765813578191303",
                Instant.parse("2026-07-24T21:23:23Z"),
                List.of()));
  }

  @Test
  void readsAReplyWithTheRepliedToPostAsInReplyTo() {
    assertThat(parse("x_xaa_post_reply_create.json"))
        .containsExactly(
            new InboundMessage(
                X,
                ACCOUNT,
                "2090000000000000001",
                Kind.POST,
                new Party("2222222222222222222", null, null),
                null,
                false,
                "@ExampleUser Great post — thanks for sharing!",
                "2080761390344937796",
                "2080761390344937796",
                Instant.parse("2026-08-12T18:00:00Z"),
                List.of()));
  }

  @Test
  void readsTheAccountsOwnLikeAsOutboundEngagement() {
    assertThat(parse("x_xaa_like_create.json"))
        .containsExactly(
            new Engagement(
                X,
                ACCOUNT,
                "like",
                new Party(ACCOUNT, null, null),
                "2079814480427442556",
                "outbound",
                Instant.ofEpochMilli(1784927565236L)));
  }

  @Test
  void readsAFollowAsEngagement() {
    assertThat(parse("x_xaa_follow_follow.json"))
        .containsExactly(
            new Engagement(X, ACCOUNT, "follow", EXAMPLE_USER, "4444444444444444444", null, null));
  }

  @Test
  void readsASentDirectMessageAsAnEchoToTheCustomer() {
    assertThat(parse("x_xaa_dm_sent.json"))
        .containsExactly(
            new InboundMessage(
                X,
                ACCOUNT,
                "2080763914820927863",
                Kind.DIRECT,
                EXAMPLE_USER,
                new Party("2244994945", "XDevelopers", "X Developers", 694887),
                true,
                "Thanks for the update!",
                null,
                null,
                Instant.ofEpochMilli(1784927750704L),
                List.of()));
  }

  @Test
  void readsAReceivedDirectMessageWithTheAccountAsCounterpart() {
    assertThat(parse("x_xaa_dm_received.json"))
        .containsExactly(
            new InboundMessage(
                X,
                ACCOUNT,
                "2080765901528535096",
                Kind.DIRECT,
                OTHER_USER,
                EXAMPLE_USER,
                false,
                "hello!",
                null,
                null,
                Instant.ofEpochMilli(1784928224372L),
                List.of()));
  }

  @Test
  void readsAnEncryptedChatAsAMessageWithoutTextMarkedEncrypted() {
    assertThat(parse("x_xaa_chat_received.json"))
        .containsExactly(
            new InboundMessage(
                X,
                ACCOUNT,
                "e4f4d3fc-8bbf-4928-92eb-e5058d6bb6f6",
                Kind.DIRECT,
                new Party("2222222222222222222", null, null),
                new Party(ACCOUNT, null, null),
                false,
                "",
                null,
                "2222222222222222222:1111111111111111111",
                Instant.ofEpochMilli(1784841183370L),
                List.of(new Attachment("encrypted", null, null))));
  }

  @Test
  void readsARevokedAuthorisationFromThePayloadAsTheFilterIsEmpty() {
    assertThat(parse("x_xaa_oauth_revoke.json"))
        .containsExactly(
            new AccessRevoked(X, ACCOUNT, ACCOUNT, Instant.parse("2026-07-23T21:44:05Z")));
  }

  @Test
  void skipsAnEventWithoutAPost() {
    assertThat(parse("x_xaa_event_envelope.json")).isEmpty();
  }

  @Test
  void skipsUnknownEventTypes() {
    String body =
        "{\"data\":{\"filter\":{\"user_id\":\"1\"},\"event_type\":\"spaces.start\",\"payload\":{}}}";

    assertThat(parser.parse(body.getBytes())).isEmpty();
  }
}
