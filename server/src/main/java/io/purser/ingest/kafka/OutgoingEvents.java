package io.purser.ingest.kafka;

import io.purser.FailureDescription;
import io.purser.conversation.ConversationEvents.DeliveryStatusChanged;
import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.routing.RoutingEvents.ConversationAssigned;
import io.purser.sla.SlaEvents.SlaBreached;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes what happened to conversations to {@code purser.kafka.events-topic}, for the airline's
 * own systems (see {@code docs/events.md}): a new message, a change of owner, an SLA breach, a
 * reply's delivery status. Sent once the change has committed, without holding up the thread that
 * made it (the producer batches and retries, idempotently). At most once: an event not yet sent
 * when its node dies is not sent (see docs/events.md).
 */
@Component
@ConditionalOnProperty(prefix = "purser.kafka", name = "bootstrap-servers")
class OutgoingEvents implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutgoingEvents.class);

  private final KafkaSettings settings;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();
  private volatile KafkaProducer<byte[], byte[]> producer;
  private volatile ThreadPoolExecutor publisher;

  /** Events waiting for the publishing thread at most. */
  private static final int WAITING = 10_000;

  private final KafkaTopics topics;

  OutgoingEvents(KafkaSettings settings, KafkaTopics topics, Clock clock) {
    this.settings = settings;
    this.topics = topics;
    this.clock = clock;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(MessageAdded e) {
    publish(OutgoingEvent.of(e));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ConversationAssigned e) {
    publish(OutgoingEvent.of(e));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(SlaBreached e) {
    publish(OutgoingEvent.of(e));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(DeliveryStatusChanged e) {
    publish(OutgoingEvent.of(e, clock.instant()));
  }

  /**
   * Hands the event to the publishing thread: with Kafka down, a send waits for the topic's
   * metadata, and the pipeline's thread must not. Past {@link #WAITING} waiting events, the newest
   * are dropped (and logged).
   */
  private void publish(OutgoingEvent event) {
    var publishing = publisher;
    if (publishing == null) {
      return;
    }
    try {
      publishing.execute(() -> send(event));
    } catch (RejectedExecutionException full) {
      log.warn("An outgoing {} event was dropped: Kafka is behind", event.fields().get("type"));
    }
  }

  private void send(OutgoingEvent event) {
    var sender = producer;
    if (sender == null) {
      return;
    }
    try {
      var record =
          new ProducerRecord<>(
              settings.eventsTopic(),
              event.key().getBytes(StandardCharsets.UTF_8),
              json.writeValueAsBytes(event.fields()));
      sender.send(
          record,
          (written, failure) -> {
            if (failure != null) {
              log.warn(
                  "An outgoing {} event was not published ({})",
                  event.fields().get("type"),
                  FailureDescription.of(failure));
            }
          });
    } catch (RuntimeException e) {
      // Never the change's business: it has committed.
      log.warn(
          "An outgoing {} event was not published ({})",
          event.fields().get("type"),
          FailureDescription.of(e));
    }
  }

  @Override
  public synchronized void start() {
    // Kafka down now is not fatal: the inbound consumer creates the topics once it answers.
    topics.ensure(5_000);
    publisher =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(WAITING),
            task -> {
              var thread = new Thread(task, "outgoing-events");
              thread.setDaemon(true);
              return thread;
            });
    producer =
        new KafkaProducer<>(
            Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                // Kafka down: the publishing thread waits this long per event, then drops it.
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                5_000,
                ProducerConfig.CLIENT_ID_CONFIG,
                "purser-events"),
            new ByteArraySerializer(),
            new ByteArraySerializer());
  }

  /** Stops after the pipeline and the web server: what they committed is flushed first. */
  @Override
  public synchronized void stop() {
    var publishing = publisher;
    publisher = null;
    if (publishing != null) {
      publishing.shutdown();
      try {
        publishing.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    var sender = producer;
    producer = null;
    if (sender != null) {
      sender.close(Duration.ofSeconds(5));
    }
  }

  @Override
  public boolean isRunning() {
    return producer != null;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 8192;
  }
}
