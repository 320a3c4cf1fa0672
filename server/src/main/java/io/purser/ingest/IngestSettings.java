package io.purser.ingest;

import io.purser.ingest.inbox.DeliveryPartitions;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
 * @param linger how long a worker that has just processed a batch smaller than {@code batchSize}
 *     lets the next one gather before claiming it: under a steady stream, fewer and larger
 *     transactions (a commit costs about as much as writing a dozen messages); a message arriving
 *     in a quiet moment is still taken at once. Zero claims again at once.
 * @param appendLinger how long the inbox writer waits at most, after a delivery arrives, for the
 *     deliveries that webhook threads are already queueing, so they commit with it (group commit);
 *     it never waits for deliveries that are not on their way. Each webhook's answer waits that
 *     much longer at most
 */
@ConfigurationProperties(prefix = "purser.ingest")
public record IngestSettings(
    @DefaultValue("200") int batchSize,
    @DefaultValue("250ms") Duration pollInterval,
    @DefaultValue("10s") Duration appendTimeout,
    @DefaultValue("3") int maxAttempts,
    @DefaultValue("4") int workers,
    @DefaultValue("100ms") Duration linger,
    @DefaultValue("5ms") Duration appendLinger) {

  public IngestSettings {
    if (workers < 1 || workers > DeliveryPartitions.PARTITIONS) {
      throw new IllegalArgumentException(
          "purser.ingest.workers must be between 1 and " + DeliveryPartitions.PARTITIONS);
    }
  }
}
