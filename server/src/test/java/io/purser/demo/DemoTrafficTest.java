package io.purser.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.replay.ReplayTweet;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which of the demo's posts are played on Meta's channels, and with which words. */
class DemoTrafficTest {

  @Test
  void theAirlinesMentionIsDroppedOnMeta() {
    assertThat(MetaTraffic.words("@united @AmericanAir my bag is lost"))
        .isEqualTo("my bag is lost");
    assertThat(MetaTraffic.words("my bag @united is lost")).isEqualTo("my bag @united is lost");
    assertThat(MetaTraffic.words("@united ")).isEmpty();
  }

  @Test
  void oneSinglePostInTwoGoesToMetaThreadsStayOnX() {
    var single = post("1", null, false, "@united where is my bag?");
    assertThat(DemoTraffic.onMeta(single, 0, Set.of())).isFalse();
    assertThat(DemoTraffic.onMeta(single, 1, Set.of())).isTrue();
    assertThat(DemoTraffic.onMeta(single, 1, Set.of("1"))).as("a thread's first post").isFalse();
    assertThat(DemoTraffic.onMeta(post("2", "1", false, "still waiting"), 1, Set.of()))
        .as("a reply in a thread")
        .isFalse();
    assertThat(DemoTraffic.onMeta(post("3", null, true, "Sorry!"), 1, Set.of()))
        .as("the airline's own post")
        .isFalse();
    assertThat(DemoTraffic.onMeta(post("4", null, false, "@united"), 1, Set.of()))
        .as("nothing left to say")
        .isFalse();
  }

  private static ReplayTweet post(String id, String inReplyTo, boolean brand, String text) {
    return new ReplayTweet(
        id, "u" + id, "h" + id, "N " + id, text, inReplyTo, Instant.now(), brand);
  }
}
