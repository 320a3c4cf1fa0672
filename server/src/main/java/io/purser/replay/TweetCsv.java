package io.purser.replay;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Reads Tweets.csv of the Twitter US Airline Sentiment dataset. The file repeats 155 tweet ids; the
 * first occurrence is kept, as the dataset's README prescribes.
 */
public final class TweetCsv {

  /** A small slice bundled in the jar, so the demo works where ../shared/data is absent. */
  public static final String BUNDLED_SAMPLE = "/io/purser/replay/sample/Tweets.csv";

  /** The date format of Tweets.csv's {@code tweet_created}. */
  public static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);

  private TweetCsv() {}

  /** Every distinct tweet of the file, in file order. */
  public static List<AirlineTweet> read(Path file) {
    return tweets(CsvTable.read(file));
  }

  /** The bundled sample (about 300 tweets; CC BY-NC-SA 4.0, see the LICENCE beside it). */
  public static List<AirlineTweet> readBundledSample() {
    return tweets(CsvTable.readResource(BUNDLED_SAMPLE));
  }

  /** Whether a CSV header is the one of Tweets.csv. */
  static boolean isTweetsHeader(List<String> header) {
    return header.contains("airline_sentiment") && header.contains("tweet_created");
  }

  static List<AirlineTweet> tweets(CsvTable table) {
    int id = table.column("tweet_id");
    int name = table.column("name");
    int airline = table.column("airline");
    int sentiment = table.column("airline_sentiment");
    int text = table.column("text");
    int created = table.column("tweet_created");
    return table.firstOfEach(
        row -> {
          var tweetId = CsvTable.field(row, id).strip();
          return tweetId.isEmpty() ? null : tweetId;
        },
        (tweetId, row) ->
            new AirlineTweet(
                tweetId,
                CsvTable.field(row, name),
                CsvTable.field(row, airline),
                CsvTable.field(row, sentiment),
                XEscaping.unescape(CsvTable.field(row, text)),
                OffsetDateTime.parse(CsvTable.field(row, created), CREATED).toInstant()));
  }
}
