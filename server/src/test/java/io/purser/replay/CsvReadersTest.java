package io.purser.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadersTest {

  static final String TWEETS_HEADER =
      "tweet_id,airline_sentiment,airline_sentiment_confidence,negativereason,"
          + "negativereason_confidence,airline,airline_sentiment_gold,name,negativereason_gold,"
          + "retweet_count,text,tweet_coord,tweet_created,tweet_location,user_timezone\n";

  @TempDir Path dir;

  @Test
  void keepsCommasQuotesAndLineBreaksInsideQuotedFields() {
    var records = CsvRecords.parse("a,b,c\r\n1,\"x, \"\"y\"\"\nz\",\r\n2,,\"\"\n");

    assertThat(records)
        .containsExactly(
            java.util.List.of("a", "b", "c"),
            java.util.List.of("1", "x, \"y\"\nz", ""),
            java.util.List.of("2", "", ""));
  }

  @Test
  void refusesAFileThatEndsInsideAQuote() {
    assertThatThrownBy(() -> CsvRecords.parse("a\n\"open"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quoted");
  }

  @Test
  void readsTweetsKeepingTheFirstOfDuplicateIdsAndMultiLineTexts() throws IOException {
    var file =
        write(
            TWEETS_HEADER
                + "570306133677760513,negative,1.0,Late Flight,1.0,United,,jane_d,,0,"
                + "\"@united 3 hours late,\n\"\"again\"\" &amp; &lt;3 😡\",,2015-02-24 11:35:52 -0800,,\n"
                + "570306133677760513,neutral,1.0,,,United,,someone_else,,0,copy,,"
                + "2015-02-24 11:36:00 -0800,,\n"
                + "570301130888122368,positive,0.35,,0.0,Delta,,jane_d,,0,thanks!,,"
                + "2015-02-24 11:15:59 -0800,,\n");

    var tweets = TweetCsv.read(file);

    assertThat(tweets)
        .extracting(AirlineTweet::id)
        .containsExactly("570306133677760513", "570301130888122368");
    var first = tweets.get(0);
    // The dataset holds the text as X's API gave it: HTML-escaped; the reader keeps what was
    // written.
    assertThat(first.text()).isEqualTo("@united 3 hours late,\n\"again\" & <3 😡");
    assertThat(first.name()).isEqualTo("jane_d");
    assertThat(first.sentiment()).isEqualTo("negative");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2015-02-24T19:35:52Z"));
  }

  @Test
  void givesOnePersonOneStablePositiveAuthorId() {
    var id = AirlineTweet.authorId("jane_d");

    assertThat(id).isEqualTo(AirlineTweet.authorId("jane_d")).matches("[0-9]+");
    assertThat(Long.parseLong(id)).isPositive();
    assertThat(AirlineTweet.authorId("jane_e")).isNotEqualTo(id);
  }

  @Test
  void readsThreadsWithReplyChainsAndTheAirlinesRepliesAsTheBrands() throws IOException {
    var file =
        write(
            "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
                + "334,115797,True,Tue Oct 31 14:31:46 +0000 2017,\"@AirAsiaSupport hi, help\",332,\n"
                + "332,AirAsiaSupport,False,Tue Oct 31 22:12:55 +0000 2017,\"@115797 DM us\",333,334.0\n"
                + "332,AirAsiaSupport,False,Tue Oct 31 22:12:55 +0000 2017,duplicate,,334.0\n");

    var tweets = ThreadCsv.read(file);

    assertThat(tweets).hasSize(2);
    var customer = tweets.get(0).asReplay();
    assertThat(customer.fromBrand()).isFalse();
    assertThat(customer.authorId()).isEqualTo("115797");
    assertThat(customer.inReplyToId()).isNull();
    var airline = tweets.get(1).asReplay();
    assertThat(airline.fromBrand()).isTrue();
    assertThat(airline.inReplyToId()).isEqualTo("334");
    assertThat(airline.handle()).isEqualTo("AirAsiaSupport");
    assertThat(airline.createdAt()).isEqualTo(Instant.parse("2017-10-31T22:12:55Z"));
  }

  @Test
  void recognisesEachDatasetByItsHeaderAndOrdersPostsByTime() throws IOException {
    var file =
        write(
            TWEETS_HEADER
                + "2,neutral,1,,,United,,b,,0,later,,2015-02-24 11:35:52 -0800,,\n"
                + "1,neutral,1,,,United,,a,,0,earlier,,2015-02-17 08:00:00 -0800,,\n");

    assertThat(ReplaySource.read(file)).extracting(ReplayTweet::id).containsExactly("1", "2");
    assertThatThrownBy(() -> ReplaySource.read(write("a,b\n1,2\n")))
        .hasMessageContaining("neither");
  }

  @Test
  void bundlesASampleOfBothDatasets() {
    assertThat(TweetCsv.readBundledSample()).hasSizeBetween(250, 350);
    var threads = ThreadCsv.readBundledSample();
    assertThat(threads).anyMatch(ThreadTweet::inbound).anyMatch(t -> !t.inbound());
    assertThat(ReplaySource.bundledSamples())
        .isSortedAccordingTo(java.util.Comparator.comparing(ReplayTweet::createdAt));
  }

  private Path write(String csv) throws IOException {
    var file = Files.createTempFile(dir, "data", ".csv");
    return Files.writeString(file, csv);
  }
}
