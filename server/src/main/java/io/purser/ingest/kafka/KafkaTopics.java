package io.purser.ingest.kafka;

import io.purser.FailureDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Creates the inbound and the events topics when they are missing (several nodes may try at once:
 * one wins), the inbound one with room for the largest webhook body. A topic made by the operator
 * beforehand is taken as it is.
 */
@Component
@ConditionalOnProperty(prefix = "purser.kafka", name = "bootstrap-servers")
class KafkaTopics {

  private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);

  private final KafkaSettings settings;
  private volatile boolean ready;

  KafkaTopics(KafkaSettings settings) {
    this.settings = settings;
  }

  /**
   * Makes sure the inbound topic exists; true once it does. False when Kafka did not answer within
   * {@code timeoutMillis}: the caller tries again later.
   */
  boolean ensure(long timeoutMillis) {
    if (ready) {
      return true;
    }
    var config =
        Map.<String, Object>of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMillis,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMillis);
    try (var admin = Admin.create(config)) {
      var inbound =
          new NewTopic(settings.inboundTopic(), settings.partitions(), settings.replicationFactor())
              .configs(
                  Map.of(
                      TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                      Integer.toString(KafkaSettings.MAX_RECORD_BYTES)));
      var events =
          new NewTopic(settings.eventsTopic(), settings.partitions(), settings.replicationFactor());
      var missing = new ArrayList<NewTopic>();
      var existing = admin.listTopics().names().get(timeoutMillis, TimeUnit.MILLISECONDS);
      for (var topic : List.of(inbound, events)) {
        if (!existing.contains(topic.name())) {
          missing.add(topic);
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(timeoutMillis, TimeUnit.MILLISECONDS);
        log.info("Created the Kafka topics {} ({} partitions)", missing, settings.partitions());
      }
      ready = true;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TopicExistsException) {
        ready = true;
      } else {
        log.warn(
            "Could not create the Kafka topics {} and {}: {}",
            settings.inboundTopic(),
            settings.eventsTopic(),
            FailureDescription.of(e.getCause()));
      }
    } catch (TimeoutException e) {
      log.warn("Kafka did not answer within {} ms", timeoutMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ready;
  }
}
