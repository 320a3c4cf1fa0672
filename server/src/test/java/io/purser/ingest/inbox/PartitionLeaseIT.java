package io.purser.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.purser.ingest.InboundDelivery;
import io.purser.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes share the inbox. A worker that claims a partition holds all of it until its transaction
 * ends: another node's worker, with another number of workers, takes none of that partition's
 * deliveries, not even those appended after the claim. Skipping only the claimed deliveries once
 * let a second node process a customer's later message before an earlier one.
 */
class PartitionLeaseIT extends IntegrationTest {

  private static final long WAIT_SECONDS = 30;

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;

  @Test
  void aClaimedPartitionIsTakenByNoOtherNodeUntilItsClaimEnds() throws Exception {
    var rows = new InboxRows(jdbc, clock);
    // Any partition will do: every worker of every node skips it while this test holds it.
    int partition = 37;
    var held = new CountDownLatch(1);
    var appended = new CountDownLatch(1);
    var claimedByFirst = new CountDownLatch(1);
    var secondDone = new CountDownLatch(1);
    var next = new AtomicLong();
    var firstNode =
        CompletableFuture.supplyAsync(
            () ->
                transactions.execute(
                    tx -> {
                      jdbc.queryForList(
                          "select partition_key from inbox_partition where partition_key = ?"
                              + " for update",
                          partition);
                      held.countDown();
                      await(appended);
                      // Worker 37 of 64 on the first node: its claim finds the partition's
                      // deliveries, already in its hands.
                      var claimed = rows.claim(100, partition, 64);
                      claimedByFirst.countDown();
                      await(secondDone);
                      // Both done here, so as not to leave unreadable deliveries to the pipeline.
                      var finished = new ArrayList<Long>(List.of(next.get()));
                      claimed.forEach(delivery -> finished.add(delivery.id()));
                      rows.markDone(finished);
                      return claimed;
                    }));
    try {
      await(held);
      var first = rows.insert(List.of(delivery("first")), List.of(partition)).get(0);
      appended.countDown();
      await(claimedByFirst);
      // Appended while the first node works through the partition: the customer's next message.
      next.set(rows.insert(List.of(delivery("next")), List.of(partition)).get(0));
      // Worker 1 of 2 on the second node covers partition 37 too.
      var takenBySecond = transactions.execute(tx -> rows.claim(100, partition % 2, 2));
      assertThat(takenBySecond)
          .as("the second node takes nothing of a partition the first holds")
          .extracting(StoredDelivery::id)
          .doesNotContain(first, next.get());
      secondDone.countDown();

      var takenByFirst = firstNode.get(WAIT_SECONDS, TimeUnit.SECONDS);
      assertThat(takenByFirst)
          .as("the first node's claim: the partition's one pending delivery")
          .extracting(StoredDelivery::id, StoredDelivery::partition)
          .containsExactly(tuple(first, partition));
    } finally {
      held.countDown();
      appended.countDown();
      claimedByFirst.countDown();
      secondDone.countDown();
    }
  }

  private static InboundDelivery delivery(String text) {
    return new InboundDelivery("x", text.getBytes(StandardCharsets.UTF_8), null);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
