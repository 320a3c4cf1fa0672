package io.purser.channels.x;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.replay.ReplaySource;
import io.purser.replay.ReplayTweet;
import io.purser.replay.XDeliveries;
import io.purser.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The replay escapes posts as X does and the parser undoes it: every post of the real airline
 * datasets reaches the conversation with the text its customer wrote, whatever "&", "<" or ">" it
 * holds, and never a second round of escaping.
 */
class ReplayRoundTripTest {

  final XPayloadParser parser = new XPayloadParser();

  @Test
  void everyReplayedPostOfTheRealThreadsArrivesWithTheTextItsCustomerWrote() {
    var posts =
        ReplaySource.read(SharedData.folder().resolve("data/twcs-threads/airline_threads.csv"));

    assertThat(posts)
        .anyMatch(post -> post.text().contains("&"))
        .anyMatch(post -> post.text().contains(">"));
    assertThat(posts)
        .noneMatch(post -> post.text().contains("&amp;") || post.text().contains("&gt;"));
    posts.forEach(this::arrivesUnchanged);
  }

  @Test
  void theBundledSamplesArriveUnchangedToo() {
    List<ReplayTweet> posts = ReplaySource.bundledSamples();

    assertThat(posts).isNotEmpty();
    posts.forEach(this::arrivesUnchanged);
  }

  @Test
  void aPostThatLiterallyHoldsAnEntityKeepsIt() {
    var post =
        new ReplayTweet(
            "7",
            "8",
            "h",
            "H",
            "I typed &amp;amp; and <3 & >",
            null,
            java.time.Instant.parse("2017-10-31T22:12:55Z"),
            false);

    arrivesUnchanged(post);
  }

  private void arrivesUnchanged(ReplayTweet post) {
    var message = (InboundMessage) parser.parse(XDeliveries.tweetCreate("1000000001", post)).get(0);
    assertThat(message.text()).as("post %s", post.id()).isEqualTo(post.text());
  }
}
