package io.purser.ingest.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kafka as the inbound log.
 *
 * @param bootstrapServers the brokers ({@code host:port,…}); absent ⇒ no Kafka: the inbox table is
 *     the durable queue
 * @param inboundTopic the topic of the verified webhook deliveries
 * @param eventsTopic the topic of the outgoing events (docs/events.md)
 * @param groupId the consumer group every node of one installation joins
 * @param partitions how many partitions the inbound topic is created with when it is missing: at
 *     least the number of nodes expected, since a partition is consumed by one node at a time
 * @param replicationFactor the replication of the topics Purser creates; -1 takes the brokers'
 *     default ({@code default.replication.factor}), 3 in a production cluster
 * @param sessionTimeout how long a node may be silent before the group gives its partitions to the
 *     others (the take-over time after a node dies)
 * @param pollTimeout how long a consumer waits for records before looking again
 */
@ConfigurationProperties(prefix = "purser.kafka")
public record KafkaSettings(
    String bootstrapServers,
    @DefaultValue("purser.inbound") String inboundTopic,
    @DefaultValue("purser.events") String eventsTopic,
    @DefaultValue("purser-pipeline") String groupId,
    @DefaultValue("12") int partitions,
    @DefaultValue("-1") short replicationFactor,
    @DefaultValue("10s") Duration sessionTimeout,
    @DefaultValue("500ms") Duration pollTimeout) {

  /** The largest record: a webhook body (1 MiB at most) with room for its key and headers. */
  static final int MAX_RECORD_BYTES = 2 * 1024 * 1024;
}
