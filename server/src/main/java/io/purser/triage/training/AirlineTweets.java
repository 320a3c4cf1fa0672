package io.purser.triage.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Twitter US Airline Sentiment tweets with the fixed split: duplicates of a tweet id dropped
 * (first kept), TEST is every tweet whose id is divisible by 5, TRAIN the rest.
 */
public final class AirlineTweets {

  public static final String FILE = "airline-sentiment/Tweets.csv";

  /** How the dataset's complaint reasons map to intents; "Can't Tell" has none. */
  public static final Map<String, String> INTENT_OF_REASON =
      Map.of(
          "Late Flight", "delay",
          "Cancelled Flight", "cancellation",
          "Lost Luggage", "baggage_lost",
          "Damaged Luggage", "baggage_damaged",
          "Flight Booking Problems", "booking",
          "Customer Service Issue", "customer_service",
          "Flight Attendant Complaints", "crew",
          "Bad Flight", "inflight",
          "longlines", "airport");

  private static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

  private AirlineTweets() {}

  /** Whether a tweet belongs to the TEST split. */
  public static boolean isTest(long tweetId) {
    return tweetId % 5 == 0;
  }

  /** All de-duplicated tweets of {@code dataDir}, in file order. */
  public static List<LabelledText> load(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE);
    List<LabelledText> tweets = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CsvReader csv = new CsvReader(reader);
      List<String> header = csv.next();
      int id = header.indexOf("tweet_id");
      int sentiment = header.indexOf("airline_sentiment");
      int reason = header.indexOf("negativereason");
      int text = header.indexOf("text");
      int created = header.indexOf("tweet_created");
      int confidence = header.indexOf("airline_sentiment_confidence");
      for (List<String> row = csv.next(); row != null; row = csv.next()) {
        if (row.size() < header.size() || !seen.add(Long.parseLong(row.get(id)))) {
          continue;
        }
        tweets.add(
            new LabelledText(
                Long.parseLong(row.get(id)),
                row.get(text),
                row.get(sentiment),
                INTENT_OF_REASON.get(row.get(reason)),
                null,
                parseCreated(row.get(created)),
                parseConfidence(row.get(confidence)),
                "en"));
      }
    }
    return tweets;
  }

  /** The tweets of one split. */
  public static List<LabelledText> split(List<LabelledText> tweets, boolean test) {
    return tweets.stream().filter(t -> isTest(t.id()) == test).toList();
  }

  private static double parseConfidence(String value) {
    try {
      return Math.max(0.1, Math.min(1.0, Double.parseDouble(value)));
    } catch (RuntimeException e) {
      return 1.0;
    }
  }

  private static java.time.Instant parseCreated(String value) {
    try {
      return OffsetDateTime.parse(value, CREATED).toInstant();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
