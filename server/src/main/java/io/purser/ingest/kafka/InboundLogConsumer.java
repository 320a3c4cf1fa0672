package io.purser.ingest.kafka;

import io.purser.Draining;
import io.purser.FailureDescription;
import io.purser.ingest.InboundDelivery;
import io.purser.ingest.inbox.LoggedDeliveries;
import io.purser.ingest.inbox.LoggedDeliveries.Logged;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's consumer of the inbound topic, in the group every node joins: Kafka gives it some of
 * the partitions, and those of a node that dies (silent for {@code purser.kafka.session-timeout}).
 * Each poll's records are copied into the inbox in one transaction ({@link LoggedDeliveries}, which
 * skips records copied before), and only then are their offsets committed. When the database fails,
 * nothing is committed and the consumer goes back to the first record it could not copy.
 */
@Component
@ConditionalOnProperty(prefix = "purser.kafka", name = "bootstrap-servers")
class InboundLogConsumer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InboundLogConsumer.class);

  private final KafkaSettings settings;
  private final KafkaTopics topics;
  private final KafkaInbox inbox;
  private final LoggedDeliveries logged;
  private volatile Thread thread;
  private volatile KafkaConsumer<byte[], byte[]> consumer;

  InboundLogConsumer(
      KafkaSettings settings, KafkaTopics topics, KafkaInbox inbox, LoggedDeliveries logged) {
    this.settings = settings;
    this.topics = topics;
    this.inbox = inbox;
    this.logged = logged;
  }

  private void run() {
    while (thread == Thread.currentThread() && !topics.ensure(5_000)) {
      pause();
    }
    var config =
        Map.<String, Object>of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            settings.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            settings.groupId(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            500,
            ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG,
            (int) settings.sessionTimeout().toMillis(),
            ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
            (int) settings.sessionTimeout().toMillis() / 3,
            ConsumerConfig.CLIENT_ID_CONFIG,
            "purser-pipeline");
    try (var reading =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer = reading;
      reading.subscribe(List.of(settings.inboundTopic()));
      while (thread == Thread.currentThread()) {
        try {
          copy(reading, reading.poll(settings.pollTimeout()));
        } catch (WakeupException stopping) {
          // stop(): the loop ends.
        } catch (RuntimeException e) {
          // Described, not printed: a database error may quote a customer's text.
          log.error(
              "Could not copy the inbound log into the inbox ({}); trying again shortly",
              FailureDescription.of(e));
          pause();
        }
      }
    } finally {
      consumer = null;
    }
  }

  private void copy(KafkaConsumer<byte[], byte[]> reading, ConsumerRecords<byte[], byte[]> polled) {
    if (polled.isEmpty()) {
      return;
    }
    var records = new ArrayList<Logged>(polled.count());
    var first = new HashMap<TopicPartition, Long>();
    var next = new HashMap<TopicPartition, OffsetAndMetadata>();
    for (var record : polled) {
      var partition = new TopicPartition(record.topic(), record.partition());
      first.putIfAbsent(partition, record.offset());
      next.put(partition, new OffsetAndMetadata(record.offset() + 1));
      records.add(new Logged(record.partition(), record.offset(), delivery(record)));
    }
    try {
      logged.store(settings.inboundTopic(), records);
    } catch (RuntimeException e) {
      // Read again from the first record of each partition: none of them is in the inbox.
      first.forEach(reading::seek);
      throw e;
    }
    // The database has them: a crash from here on copies nothing twice (their position moved).
    try {
      reading.commitSync(next);
    } catch (CommitFailedException | RebalanceInProgressException movedOn) {
      // The partitions went to another node meanwhile: it reads these records again and finds
      // them copied.
      log.info(
          "Offsets not committed: the group is rebalancing ({})",
          movedOn.getClass().getSimpleName());
    }
  }

  private InboundDelivery delivery(ConsumerRecord<byte[], byte[]> record) {
    var sent = inbox.sentHere(record.partition(), record.offset());
    if (sent != null) {
      return sent;
    }
    var source = record.headers().lastHeader(KafkaInbox.SOURCE);
    // A record Purser did not write is stored all the same, and parked by the pipeline.
    return new InboundDelivery(
        source == null
            ? LoggedDeliveries.UNKNOWN
            : new String(source.value(), StandardCharsets.UTF_8),
        record.value() == null ? new byte[0] : record.value(),
        null);
  }

  private void pause() {
    try {
      Thread.sleep(settings.pollTimeout().toMillis() * 4);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      thread = null;
    }
  }

  @Override
  public synchronized void start() {
    var reading = new Thread(this::run, "inbound-log-consumer");
    reading.setDaemon(true);
    thread = reading;
    reading.start();
  }

  /**
   * Drains: the batch being copied commits, the consumer leaves the group (its partitions go to the
   * other nodes at once, not after the session timeout).
   */
  @Override
  public synchronized void stop() {
    var reading = thread;
    thread = null;
    if (reading != null
        && !Draining.drain(
            List.of(reading),
            () -> {
              var c = consumer;
              if (c != null) {
                c.wakeup();
              }
            },
            Draining.GRACE)) {
      log.warn("The inbound log consumer was still busy after {}; interrupted", Draining.GRACE);
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }
}
