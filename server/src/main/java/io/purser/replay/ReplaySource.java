package io.purser.replay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The posts of a dataset file in the order they were written. The format is recognised by the
 * header: Tweets.csv (customers' tweets to airlines) or airline_threads.csv (customer ↔ airline
 * threads, airline replies included).
 */
public final class ReplaySource {

  private ReplaySource() {}

  /** The posts of {@code file}, oldest first; {@code null} reads the bundled Tweets.csv sample. */
  public static List<ReplayTweet> read(Path file) {
    if (file == null) {
      return chronological(TweetCsv.readBundledSample().stream().map(AirlineTweet::asReplay));
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    var table = CsvTable.read(file);
    if (TweetCsv.isTweetsHeader(table.header())) {
      return chronological(TweetCsv.tweets(table).stream().map(AirlineTweet::asReplay));
    }
    if (ThreadCsv.isThreadsHeader(table.header())) {
      return chronological(ThreadCsv.tweets(table).stream().map(ThreadTweet::asReplay));
    }
    throw new IllegalArgumentException(
        file + " is neither Tweets.csv nor airline_threads.csv; its header is " + table.header());
  }

  /** Both bundled samples, oldest first: what the demo replays when ../shared/data is absent. */
  public static List<ReplayTweet> bundledSamples() {
    return chronological(
        java.util.stream.Stream.concat(
            TweetCsv.readBundledSample().stream().map(AirlineTweet::asReplay),
            ThreadCsv.readBundledSample().stream().map(ThreadTweet::asReplay)));
  }

  private static List<ReplayTweet> chronological(java.util.stream.Stream<ReplayTweet> posts) {
    return posts.sorted(Comparator.comparing(ReplayTweet::createdAt)).toList();
  }
}
