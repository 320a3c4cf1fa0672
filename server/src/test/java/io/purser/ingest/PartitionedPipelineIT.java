package io.purser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.testing.Brand;
import io.purser.testing.IntegrationTest;
import io.purser.testing.Payloads;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several pipeline workers (purser.ingest.workers, 4 by default) drain the inbox in parallel; each
 * customer's deliveries go to one worker, so they are processed in arrival order, and nothing is
 * lost or duplicated.
 */
class PartitionedPipelineIT extends IntegrationTest {

  private static final int BURST = 40;
  private static final int OTHER_CUSTOMERS = 24;
  private static final int PER_OTHER = 6;

  @Autowired IngestSettings settings;

  private static String randomId() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, Long.MAX_VALUE));
  }

  @Test
  void oneCustomersBurstStaysInOrderWhileOthersAreProcessedInParallel() throws Exception {
    assertThat(settings.workers()).isGreaterThan(1);
    var brand = Brand.onX(api);
    var account = brand.account();
    // All at the same instant: the conversation then lists its messages by id, that is, in the
    // order the pipeline stored them.
    var at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    var customer = randomId();
    var burst = new ArrayList<String>();
    var others = new ConcurrentLinkedQueue<String>();
    var otherCustomers = new ArrayList<String>();
    for (int c = 0; c < OTHER_CUSTOMERS; c++) {
      otherCustomers.add(randomId());
    }
    var pool = Executors.newFixedThreadPool(8);
    try {
      // The other customers write all at once, from several clients, while the burst is sent.
      for (var other : otherCustomers) {
        pool.submit(
            () -> {
              String previous = null;
              for (int i = 0; i < PER_OTHER; i++) {
                var tweet = randomId();
                assertThat(
                        api.deliverX(
                                Payloads.xTweet(
                                    account, tweet, other, "c" + other, "hello " + i, previous, at))
                            .status())
                    .isEqualTo(200);
                others.add(tweet);
                previous = tweet;
              }
              return null;
            });
      }
      // One customer's burst: each tweet answers the previous one, delivered one after another.
      String previous = null;
      for (int i = 0; i < BURST; i++) {
        var tweet = randomId();
        var body =
            Payloads.xTweet(account, tweet, customer, "bursty", "@brand part " + i, previous, at);
        assertThat(api.deliverX(body).status()).isEqualTo(200);
        burst.add(tweet);
        previous = tweet;
      }
      // A redelivery of the whole burst changes nothing.
      for (int i = 0; i < BURST; i += 7) {
        var tweet = burst.get(i);
        var body =
            Payloads.xTweet(
                account,
                tweet,
                customer,
                "bursty",
                "@brand part " + i,
                i == 0 ? null : burst.get(i - 1),
                at);
        assertThat(api.deliverX(body).status()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(others).hasSize(OTHER_CUSTOMERS * PER_OTHER);

    var last = brand.message(burst.get(BURST - 1));
    long conversation = last.get("conversationId").asLong();
    var listed =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> externalIds(brand, conversation), ids -> ids.size() >= BURST);
    assertThat(listed).as("the burst, once each, in the order it was sent").isEqualTo(burst);

    // Every other customer's messages: each stored once, each customer in one conversation, in
    // the order that customer sent them.
    var seenConversations = new HashSet<Long>();
    for (var tweet : others) {
      var message = brand.message(tweet);
      seenConversations.add(message.get("conversationId").asLong());
    }
    assertThat(seenConversations).hasSize(OTHER_CUSTOMERS).doesNotContain(conversation);
    long total = 0;
    for (long other : seenConversations) {
      var ids = externalIds(brand, other);
      assertThat(ids).hasSize(PER_OTHER).doesNotHaveDuplicates();
      assertThat(others).containsAll(ids);
      total += ids.size();
    }
    assertThat(total).isEqualTo(OTHER_CUSTOMERS * PER_OTHER);
  }

  private static List<String> externalIds(Brand brand, long conversation) {
    var items = brand.messages(conversation);
    return StreamSupport.stream(items.spliterator(), false)
        .map(item -> item.get("externalId").asString())
        .toList();
  }
}
