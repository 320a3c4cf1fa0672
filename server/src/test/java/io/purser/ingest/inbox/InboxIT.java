package io.purser.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.ingest.InboundDelivery;
import io.purser.ingest.Inbox;
import io.purser.ingest.IngestSettings;
import io.purser.testing.IntegrationTest;
import io.purser.testing.Payloads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox's writer commits deliveries in groups, but never holds a delivery back on the chance
 * that another may come: a webhook is answered as soon as its delivery and whatever was already on
 * its way with it are committed. Each test runs a second inbox on the application's database with a
 * linger of an hour, so waiting it out would fail the append (after its 5 s timeout). The writer
 * survives even an Error in one group, and health reports its state.
 */
class InboxIT extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;
  @Autowired IngestSettings settings;
  @Autowired PipelineSignal signal;
  @Autowired DeliveryReader reader;
  @Autowired InboxWriterHealth appHealth;

  private InboxWriter patientInbox() {
    return patientInbox(jdbc);
  }

  private InboxWriter patientInbox(JdbcTemplate jdbc) {
    var patient =
        new IngestSettings(
            settings.batchSize(),
            settings.pollInterval(),
            Duration.ofSeconds(5),
            settings.maxAttempts(),
            settings.workers(),
            settings.linger(),
            Duration.ofHours(1));
    var inbox =
        new InboxWriter(new InboxRows(jdbc, clock), transactions, clock, patient, signal, reader);
    inbox.start();
    return inbox;
  }

  /** A tweet for an account no workspace registered: the pipeline keeps it as unroutable. */
  private static byte[] delivery() {
    var random = ThreadLocalRandom.current();
    var id = Long.toString(random.nextLong(1L << 40, Long.MAX_VALUE));
    return Payloads.xTweet(
        Long.toString(random.nextLong(1L << 40, Long.MAX_VALUE)),
        id,
        Long.toString(random.nextLong(1L << 40, Long.MAX_VALUE)),
        "inbox" + id,
        "delivery " + id,
        null,
        Instant.now());
  }

  /** As a webhook hands over a body it could not read: the pipeline parses it. */
  private static InboundDelivery unread(byte[] body) {
    return new InboundDelivery("x", body, null);
  }

  private int stored(byte[] body) {
    return jdbc.queryForObject(
        "select count(*) from inbox_body where body = ?", Integer.class, (Object) body);
  }

  @Test
  void aLoneDeliveryIsCommittedWithoutWaitingOutTheLinger() {
    var inbox = patientInbox();
    try {
      var body = delivery();
      // Throws NotStoredException if the writer waits for company that is not coming.
      inbox.append(unread(body));
      assertThat(stored(body)).isEqualTo(1);
    } finally {
      inbox.stop();
    }
  }

  @Test
  void deliveriesAppendedAtOnceAreEachStoredOnce() throws Exception {
    var inbox = patientInbox();
    var pool = Executors.newFixedThreadPool(16);
    try {
      var bodies = new ArrayList<byte[]>();
      var appends = new ArrayList<Callable<Void>>();
      for (int i = 0; i < 200; i++) {
        var body = delivery();
        bodies.add(body);
        appends.add(
            () -> {
              inbox.append(unread(body));
              return null;
            });
      }
      for (var done : pool.invokeAll(appends)) {
        done.get(); // every append was acknowledged
      }
      assertThat(bodies).allSatisfy(body -> assertThat(stored(body)).isEqualTo(1));
    } finally {
      pool.shutdownNow();
      inbox.stop();
    }
  }

  @Test
  void theWriterOutlivesAnOutOfMemoryErrorAndHealthShowsItsState() {
    var failOnce = new AtomicBoolean(true);
    var failing =
        new JdbcTemplate(jdbc.getDataSource()) {
          @Override
          public int[] batchUpdate(
              PreparedStatementCreator creator,
              BatchPreparedStatementSetter setter,
              KeyHolder keys) {
            if (failOnce.getAndSet(false)) {
              throw new OutOfMemoryError("injected: the heap ran out while writing a group");
            }
            return super.batchUpdate(creator, setter, keys);
          }
        };
    var inbox = patientInbox(failing);
    var health = new InboxWriterHealth(inbox);
    try {
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      var lost = delivery();
      assertThatThrownBy(() -> inbox.append(unread(lost)))
          .isInstanceOf(Inbox.NotStoredException.class); // the webhook answers 503
      assertThat(stored(lost)).isZero();
      assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.health().getDetails())
          .containsEntry("running", true)
          .containsEntry("failure", "OutOfMemoryError");

      var next = delivery();
      inbox.append(unread(next));
      assertThat(stored(next)).isEqualTo(1);
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      inbox.append(unread(lost)); // the network delivers again
      assertThat(stored(lost)).isEqualTo(1);
    } finally {
      inbox.stop();
    }
    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.health().getDetails()).containsEntry("running", false);
  }

  @Test
  void theApplicationsHealthIncludesTheInboxWriter() {
    var health = api.get("/actuator/health", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asString()).isEqualTo("UP");
    assertThat(appHealth.health().getStatus()).isEqualTo(Status.UP);
  }
}
