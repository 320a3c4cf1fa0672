package io.purser.replay;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reads airline_threads.csv: real customer ↔ airline threads, where {@code in_response_to_tweet_id}
 * chains each reply to its parent.
 */
public final class ThreadCsv {

  /** A slice of whole threads bundled in the jar for the demo. */
  public static final String BUNDLED_SAMPLE = "/io/purser/replay/sample/airline_threads.csv";

  private ThreadCsv() {}

  /** Every distinct tweet of the file, in file order. */
  public static List<ThreadTweet> read(Path file) {
    return tweets(CsvTable.read(file));
  }

  /** The bundled sample (about 40 threads; CC BY-NC-SA 4.0, see the LICENCE beside it). */
  public static List<ThreadTweet> readBundledSample() {
    return tweets(CsvTable.readResource(BUNDLED_SAMPLE));
  }

  static boolean isThreadsHeader(List<String> header) {
    return header.contains("inbound") && header.contains("in_response_to_tweet_id");
  }

  static List<ThreadTweet> tweets(CsvTable table) {
    int id = table.column("tweet_id");
    int author = table.column("author_id");
    int inbound = table.column("inbound");
    int created = table.column("created_at");
    int text = table.column("text");
    int parent = table.column("in_response_to_tweet_id");
    return table.firstOfEach(
        row -> tweetId(CsvTable.field(row, id)),
        (tweetId, row) ->
            new ThreadTweet(
                tweetId,
                CsvTable.field(row, author).strip(),
                Boolean.parseBoolean(CsvTable.field(row, inbound).strip()),
                OffsetDateTime.parse(CsvTable.field(row, created), XDeliveries.X_TIME).toInstant(),
                XEscaping.unescape(CsvTable.field(row, text)),
                tweetId(CsvTable.field(row, parent))));
  }

  /** Ids went through pandas, so a parent id may read "334.0"; an empty field is no id. */
  static String tweetId(String field) {
    var value = field.strip();
    if (value.endsWith(".0")) {
      value = value.substring(0, value.length() - 2);
    }
    return value.isEmpty() ? null : value;
  }
}
