package io.purser.tools;

import io.purser.replay.ReplayTweet;
import io.purser.replay.XDeliveries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The deliveries of a benchmark run: {@code messages} real tweets (the dataset cycled, each copy
 * under a new tweet id, so every delivery is a new message of a real customer), and about one in a
 * hundred sent a second time a little later, as a network's redelivery, to prove de-duplication.
 *
 * @param bodies the signed-to-be body of each message, by message index
 * @param order which message each delivery carries, in sending order (repeats included)
 */
record BenchDeliveries(List<byte[]> bodies, int[] order) {

  /** Tweet ids of the benchmark start here, far from the dataset's own ids. */
  static final long FIRST_ID = 1_000_000_000_000_000_000L;

  static BenchDeliveries of(List<ReplayTweet> source, int messages, String accountId) {
    if (source.isEmpty()) {
      throw new IllegalArgumentException("the benchmark needs at least one tweet to send");
    }
    var start = Instant.now();
    var bodies = new ArrayList<byte[]>(messages);
    for (int i = 0; i < messages; i++) {
      var original = source.get(i % source.size());
      var tweet =
          new ReplayTweet(
              externalId(i),
              original.authorId(),
              original.handle(),
              original.name(),
              original.text(),
              null,
              start.plusMillis(i),
              false);
      bodies.add(XDeliveries.tweetCreate(accountId, tweet));
    }
    return new BenchDeliveries(bodies, sendingOrder(messages));
  }

  /** Every message once, and every hundredth again fifty deliveries later. */
  private static int[] sendingOrder(int messages) {
    var order = new ArrayList<Integer>(messages + messages / 100 + 1);
    for (int i = 0; i < messages; i++) {
      order.add(i);
      if (i % 100 == 99) {
        order.add(i - 50);
      }
    }
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  static String externalId(int messageIndex) {
    return Long.toString(FIRST_ID + messageIndex);
  }

  /** The message index of a benchmark tweet id, or -1 for any other id. */
  static int messageIndex(String externalId, int messages) {
    try {
      long index = Long.parseLong(externalId) - FIRST_ID;
      return index >= 0 && index < messages ? (int) index : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  int messages() {
    return bodies.size();
  }

  int repeats() {
    return order.length - bodies.size();
  }
}
