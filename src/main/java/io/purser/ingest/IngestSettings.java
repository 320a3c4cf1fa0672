package io.purser.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param batchSize how many deliveries the pipeline claims per transaction
 * @param pollInterval how often an idle pipeline looks for deliveries appended by other nodes
 * @param appendTimeout how long a webhook waits for its delivery to be committed before it answers
 *     503, so the network delivers again
 * @param maxAttempts after this many failed attempts a delivery is parked as failed, visible to
 *     admins
 * @param workers how many pipeline threads drain the inbox on this node; worker {@code i} takes the
 *     deliveries whose partition key modulo {@code workers} is {@code i}, so one customer's events
 *     stay in order while different customers are processed in parallel
 */
@ConfigurationProperties(prefix = "purser.ingest")
public record IngestSettings(
    Integer batchSize,
    Duration pollInterval,
    Duration appendTimeout,
    Integer maxAttempts,
    Integer workers) {

  public IngestSettings {
    batchSize = batchSize == null ? 200 : batchSize;
    pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
    appendTimeout = appendTimeout == null ? Duration.ofSeconds(10) : appendTimeout;
    maxAttempts = maxAttempts == null ? 3 : maxAttempts;
    workers = workers == null ? 4 : workers;
    if (workers < 1 || workers > DeliveryPartitions.PARTITIONS) {
      throw new IllegalArgumentException(
          "purser.ingest.workers must be between 1 and " + DeliveryPartitions.PARTITIONS);
    }
  }
}
