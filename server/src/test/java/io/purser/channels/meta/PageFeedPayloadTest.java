package io.purser.channels.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.channels.WirePayloadTest;
import io.purser.ingest.InboundEvent.Engagement;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.MessageEdited;
import io.purser.ingest.InboundEvent.MessageRemoved;
import io.purser.ingest.InboundEvent.MessageRemoved.Removal;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replays the Facebook Page {@code changes[]} fixtures: feed, mention, ratings. */
class PageFeedPayloadTest extends WirePayloadTest {

  static final Network FB = Network.FACEBOOK;
  static final String PAGE = "1234567890321";

  PageFeedPayloadTest() {
    super(new MetaPayloadParser());
  }

  @Test
  void readsThePagesOwnTopLevelCommentAsAnEchoThreadedUnderThePost() {
    assertThat(parse("page_feed_comment_add.json"))
        .containsExactly(
            new InboundMessage(
                FB,
                PAGE,
                "901097836652708_903438993085259",
                Kind.COMMENT,
                new Party(PAGE, null, "Tester"),
                null,
                true,
                "and the next one",
                null,
                "1234567890321_901097836652708",
                Instant.ofEpochSecond(1449135003),
                List.of()));
  }

  @Test
  void readsACustomersReplyToACommentWithTheParentAsInReplyTo() {
    String body =
        """
        {"object": "page", "entry": [{"id": "1234567890321", "time": 1449135003, "changes": [
          {"field": "feed", "value": {"item": "comment", "verb": "add", "comment_id": "9_2",
           "post_id": "1234567890321_9", "parent_id": "9_1", "from": {"id": 5, "name": "Ana"},
           "created_time": 1449135003, "message": "and?"}}]}]}
        """;

    assertThat(parser.parse(body.getBytes(StandardCharsets.UTF_8)))
        .containsExactly(
            new InboundMessage(
                FB,
                PAGE,
                "9_2",
                Kind.COMMENT,
                new Party("5", null, "Ana"),
                null,
                false,
                "and?",
                "9_1",
                "1234567890321_9",
                Instant.ofEpochSecond(1449135003),
                List.of()));
  }

  @Test
  void readsAnEditedComment() {
    assertThat(parse("page_feed_comment_edited.json"))
        .containsExactly(
            new MessageEdited(
                FB,
                PAGE,
                "900728623356296_900744590021366",
                "Let's see the Webhooks in action :D",
                Instant.ofEpochSecond(1448555737)));
  }

  @Test
  void readsAHiddenComment() {
    assertThat(parse("page_feed_comment_hide.json"))
        .containsExactly(
            new MessageRemoved(
                FB,
                PAGE,
                "900728623356296_900744590021366",
                Removal.HIDDEN,
                Instant.ofEpochSecond(1467894562)));
  }

  @Test
  void readsARemovedCommentAtTheEntryTime() {
    assertThat(parse("page_feed_comment_remove.json"))
        .containsExactly(
            new MessageRemoved(
                FB,
                PAGE,
                "905578656204626_905579239537901",
                Removal.DELETED,
                Instant.ofEpochSecond(1452107182)));
  }

  @Test
  void readsAVisitorPostAsAPublicPostStartingItsThread() {
    assertThat(parse("page_feed_post_add.json"))
        .containsExactly(
            new InboundMessage(
                FB,
                PAGE,
                "1234567890321_7293787835232",
                Kind.POST,
                new Party("8423678347823", null, "John Doe"),
                null,
                false,
                "Let's check this",
                null,
                "1234567890321_7293787835232",
                Instant.ofEpochSecond(1454707020),
                List.of()));
  }

  @Test
  void readsThePagesOwnStatusAsEngagementNotAMessage() {
    assertThat(parse("page_feed_status_add.json"))
        .containsExactly(
            new Engagement(
                FB,
                PAGE,
                "page_post",
                new Party(PAGE, null, "Tester"),
                "1234567890321_930145403745849",
                "This is just a short test message",
                Instant.ofEpochSecond(1448633038)));
  }

  @Test
  void readsAReactionAsEngagement() {
    assertThat(parse("page_feed_reaction_add.json"))
        .containsExactly(
            new Engagement(
                FB,
                PAGE,
                "reaction",
                new Party(PAGE, null, "John Doe"),
                "1234567890321_98735342324352",
                "love",
                Instant.ofEpochSecond(1475578854)));
  }

  @Test
  void readsAMentionInACommentAsACommentWithoutAuthor() {
    assertThat(parse("page_mention_comment_add.json"))
        .containsExactly(
            new InboundMessage(
                FB,
                PAGE,
                "7363534231324_3754798971271444",
                Kind.COMMENT,
                null,
                null,
                false,
                "Just a test message",
                null,
                "1234567890321_7363534231324",
                Instant.ofEpochSecond(1614340862),
                List.of()));
  }

  @Test
  void readsARatingAsEngagementWithTheReviewText() {
    assertThat(parse("page_ratings_rating_add.json"))
        .containsExactly(
            new Engagement(
                FB,
                PAGE,
                "rating",
                new Party("705955836155788", null, "Tester"),
                "904801129604590",
                "Ja ziemlich coole Sache",
                Instant.ofEpochSecond(1537369512)));
  }
}
