package io.purser.ingest.kafka;

import io.purser.FailureDescription;
import io.purser.ingest.InboundDelivery;
import io.purser.ingest.Inbox;
import io.purser.ingest.IngestSettings;
import io.purser.ingest.inbox.DeliveryPartitions;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;

/**
 * The {@link Inbox} when Kafka is the inbound log: a delivery is acknowledged once every in-sync
 * replica of its partition has it ({@code acks=all}, idempotent producer: a retried send is written
 * once). Its Kafka partition follows its customer's partition ({@link DeliveryPartitions}), so one
 * customer's deliveries are one partition's records, in order. Kafka unreachable, or not answering
 * within {@code purser.ingest.append-timeout}: the webhook answers 503 and the network delivers
 * again.
 */
@Service
@Primary
@ConditionalOnProperty(prefix = "purser.kafka", name = "bootstrap-servers")
class KafkaInbox implements Inbox, SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(KafkaInbox.class);

  /** The record header naming the delivery's channel (its parser). */
  static final String SOURCE = "purser-source";

  /** Deliveries sent from here whose records this node has not consumed yet, by record. */
  private static final int HELD = 4096;

  private final KafkaSettings settings;
  private final IngestSettings ingest;
  private final KafkaTopics topics;
  private final Map<String, InboundDelivery> sentHere =
      new LinkedHashMap<>(HELD * 2) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, InboundDelivery> eldest) {
          return size() > HELD;
        }
      };
  private volatile KafkaProducer<byte[], byte[]> producer;

  KafkaInbox(KafkaSettings settings, IngestSettings ingest, KafkaTopics topics) {
    this.settings = settings;
    this.ingest = ingest;
    this.topics = topics;
  }

  @Override
  public void append(InboundDelivery delivery) {
    var sender = producer;
    if (sender == null) {
      throw new NotStoredException("the Kafka inbox is not running", null);
    }
    int partition = DeliveryPartitions.of(delivery);
    try {
      int logPartition =
          Math.floorMod(partition, sender.partitionsFor(settings.inboundTopic()).size());
      var record =
          new ProducerRecord<>(
              settings.inboundTopic(),
              logPartition,
              Integer.toString(partition).getBytes(StandardCharsets.US_ASCII),
              delivery.body(),
              List.of(
                  new RecordHeader(SOURCE, delivery.source().getBytes(StandardCharsets.UTF_8))));
      var written =
          sender.send(record).get(ingest.appendTimeout().toMillis(), TimeUnit.MILLISECONDS);
      if (delivery.events() != null) {
        synchronized (sentHere) {
          sentHere.put(written.partition() + "@" + written.offset(), delivery);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotStoredException("interrupted while logging the delivery", e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      // RuntimeException: the topic's metadata not fetched in time, the producer closed.
      log.warn("A delivery could not be written to Kafka ({})", FailureDescription.of(e));
      throw new NotStoredException("the delivery could not be written to Kafka", e);
    }
  }

  /**
   * The delivery as this node's webhook read it, when the record at {@code partition}/{@code
   * offset} was sent from here (its events then need no second parse); else null.
   */
  InboundDelivery sentHere(int partition, long offset) {
    synchronized (sentHere) {
      return sentHere.remove(partition + "@" + offset);
    }
  }

  @Override
  public synchronized void start() {
    long timeout = ingest.appendTimeout().toMillis();
    var config =
        Map.<String, Object>of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            settings.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.LINGER_MS_CONFIG,
            1,
            ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
            KafkaSettings.MAX_RECORD_BYTES,
            // A webhook waits for its record at most the append timeout, metadata included.
            ProducerConfig.MAX_BLOCK_MS_CONFIG,
            timeout / 2,
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
            (int) (timeout / 2),
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            (int) timeout,
            ProducerConfig.CLIENT_ID_CONFIG,
            "purser-inbox");
    // Created at start so the first webhooks do not wait for it; Kafka down now is not fatal:
    // deliveries are refused (503) until it answers.
    topics.ensure(timeout / 2);
    producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Stops after the web server has stopped taking requests: what it acknowledged is in Kafka. */
  @Override
  public synchronized void stop() {
    var sender = producer;
    producer = null;
    if (sender != null) {
      sender.close(java.time.Duration.ofSeconds(5));
    }
  }

  @Override
  public boolean isRunning() {
    return producer != null;
  }

  /** Start before the web server takes requests, stop after it stopped taking them. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 4096;
  }
}
