package io.purser.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.ingest.InboundDelivery;
import io.purser.ingest.inbox.LoggedDeliveries.Logged;
import io.purser.testing.BrandIntegrationTest;
import io.purser.testing.Ids;
import io.purser.testing.Payloads;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records of an inbound log (Kafka) enter the inbox once: a record consumed again (a crash before
 * its offset was committed, a partition taken over) is skipped, and the pipeline records what was
 * copied as any delivery. A record Purser did not write is kept and parked.
 */
class LoggedDeliveriesIT extends BrandIntegrationTest {

  @Autowired LoggedDeliveries logged;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRecordReadAgainIsNotCopiedTwice() {
    var topic = "test-" + Ids.random();
    var first = tweet();
    var second = tweet();

    assertThat(logged.store(topic, List.of(record(3, 40, first)))).isEqualTo(1);
    assertThat(logged.store(topic, List.of(record(3, 40, first))))
        .as("the same offset consumed again")
        .isZero();
    assertThat(logged.store(topic, List.of(record(3, 40, first), record(3, 41, second))))
        .as("a poll that starts with a record copied before")
        .isEqualTo(1);
    assertThat(logged.store(topic, List.of(record(4, 40, first))))
        .as("another partition of the log has its own position")
        .isEqualTo(1);

    assertThat(brand.message(first.id()).path("text").asString()).isEqualTo(first.text());
    assertThat(brand.message(second.id()).path("text").asString()).isEqualTo(second.text());
    assertThat(
            jdbc.queryForObject(
                "select next_offset from inbox_log_position where topic = ? and log_partition = 3",
                Long.class,
                topic))
        .isEqualTo(42L);
  }

  @Test
  void aRecordPurserDidNotWriteIsKeptAndParked() {
    var topic = "test-" + Ids.random();
    var source = "foreign" + Ids.random().substring(0, 8);
    var foreign = new InboundDelivery(source, "{\"not\":\"ours\"}".getBytes(), null);
    var hostile = new InboundDelivery("x".repeat(300), tweet().body(), null);
    assertThat(logged.store(topic, List.of(new Logged(0, 0, foreign), new Logged(0, 1, hostile))))
        .as("a source too long for the inbox does not stall the log")
        .isEqualTo(2);
    var parked =
        await()
            .until(
                () -> api.get("/api/v1/inbox?limit=1000", BOOTSTRAP_TOKEN).json().path("parked"),
                items -> items.toString().contains(source));
    for (var item : parked) {
      if (source.equals(item.path("source").asString())) {
        assertThat(item.path("error").asString()).isEqualTo("no parser for source " + source);
      }
    }
  }

  private record Tweet(String id, String text, byte[] body) {}

  private Tweet tweet() {
    var id = Ids.random();
    // Letters, not the id's digits: a random 19-digit id sometimes passes the Luhn check, and
    // triage masks it as a payment card before it is stored.
    var text =
        "@brand logged "
            + id.chars()
                .mapToObj(c -> String.valueOf((char) ('a' + c - '0')))
                .reduce("", String::concat);
    return new Tweet(
        id, text, Payloads.xTweet(account, id, Ids.random(), "logged", text, null, Instant.now()));
  }

  /** A record as the consumer makes it of a record another node wrote: no events yet. */
  private static Logged record(int partition, long offset, Tweet tweet) {
    return new Logged(partition, offset, new InboundDelivery("x", tweet.body(), null));
  }
}
