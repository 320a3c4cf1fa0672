package io.purser.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class XDeliveriesTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void buildsAnAccountActivityDeliveryWithStringIdsAndXTime() {
    var tweet =
        new ReplayTweet(
            "570306133677760513",
            "9223372036854775807",
            "jane_d",
            "Jane D",
            "@united late",
            "570306133677760000",
            Instant.parse("2015-02-24T19:35:52Z"),
            false);

    var root = JSON.readTree(XDeliveries.tweetCreate("1000000001", tweet));

    assertThat(root.get("for_user_id").isString()).isTrue();
    assertThat(root.get("for_user_id").asString()).isEqualTo("1000000001");
    var post = root.get("tweet_create_events").get(0);
    assertThat(post.get("id_str").isString()).isTrue();
    assertThat(post.get("id_str").asString()).isEqualTo("570306133677760513");
    assertThat(post.get("in_reply_to_status_id_str").asString()).isEqualTo("570306133677760000");
    assertThat(post.get("created_at").asString()).isEqualTo("Tue Feb 24 19:35:52 +0000 2015");
    assertThat(post.get("user").get("id_str").asString()).isEqualTo("9223372036854775807");
    assertThat(post.get("user").get("screen_name").asString()).isEqualTo("jane_d");
  }

  @Test
  void keepsOddUnicodeAndEscapesWhatJsonMust() {
    var text = "✈️ late 😡\u200d \"quoted\"\nline \\ 𝕏 ñ";
    var tweet =
        new ReplayTweet(
            "1", "2", "h", "Zoë", text, null, Instant.parse("2017-10-31T22:12:55Z"), false);

    var body = XDeliveries.tweetCreate("1000000001", tweet);
    var post = JSON.readTree(body).get("tweet_create_events").get(0);

    assertThat(post.get("text").asString()).isEqualTo(text);
    assertThat(post.get("user").get("name").asString()).isEqualTo("Zoë");
    assertThat(post.has("in_reply_to_status_id_str")).isFalse();
    assertThat(new String(body, StandardCharsets.UTF_8)).contains("😡");
  }

  @Test
  void attributesTheBrandsRepliesToTheSubscribedAccount() {
    var reply =
        new ReplayTweet(
            "332",
            "AirAsiaSupport",
            "AirAsiaSupport",
            "AirAsiaSupport",
            "DM us",
            "334",
            Instant.parse("2017-10-31T22:12:55Z"),
            true);

    var post =
        JSON.readTree(XDeliveries.tweetCreate("42", reply)).get("tweet_create_events").get(0);

    assertThat(post.get("user").get("id_str").asString()).isEqualTo("42");
  }

  @Test
  void escapesAmpersandsAndAngleBracketsAsXDoes() {
    var tweet =
        new ReplayTweet(
            "1",
            "2",
            "h",
            "H",
            "MLI->DEN & back <3, I typed &amp;",
            null,
            Instant.parse("2017-10-31T22:12:55Z"),
            false);

    var post =
        JSON.readTree(XDeliveries.tweetCreate("42", tweet)).get("tweet_create_events").get(0);

    assertThat(post.get("text").asString())
        .isEqualTo("MLI-&gt;DEN &amp; back &lt;3, I typed &amp;amp;");
    assertThat(XEscaping.unescape(post.get("text").asString())).isEqualTo(tweet.text());
  }
}
