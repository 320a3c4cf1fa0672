/**
 * Apache Kafka as the inbound log, when {@code purser.kafka.bootstrap-servers} is set ({@code
 * PURSER_KAFKA_BOOTSTRAP_SERVERS}); without it nothing here runs and the inbox table alone is the
 * durable queue.
 *
 * <p>A verified webhook delivery is acknowledged once Kafka has it ({@link KafkaInbox}: idempotent
 * producer, {@code acks=all}), in the Kafka partition of its customer, so one customer's deliveries
 * stay in order. Every node consumes the topic in one consumer group ({@link InboundLogConsumer}):
 * Kafka spreads its partitions over the nodes and gives a dead node's partitions to the others. A
 * consumed batch is copied into the inbox once ({@code inbox.LoggedDeliveries}, which keeps each
 * partition's position in the same transaction), and only then are its offsets committed; from the
 * inbox on, the pipeline processes it with the same code as any delivery, so parking, replay,
 * unroutable events and exactly-once recording are the inbox's.
 */
package io.purser.ingest.kafka;
