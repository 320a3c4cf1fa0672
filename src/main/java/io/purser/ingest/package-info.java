/**
 * The durable inbox of raw webhook deliveries and the pipeline that turns them into messages: a
 * delivery is committed before it is acknowledged, then claimed in batches, parsed by the channel
 * modules' {@link io.purser.ingest.WebhookPayloadParser}s, routed to a workspace and handed to the
 * conversation module, idempotently, so a crash or a redelivery loses and duplicates nothing.
 *
 * <p>Every customer message is stored whole; only what triage records about it is capped. A
 * delivery that cannot be processed is parked with its error (described without customer text),
 * listed to administrators at {@code GET /api/v1/inbox} and replayed by the operator at {@code POST
 * /api/v1/inbox/{id}/replay}. A lost database connection is not held against a delivery: it stays
 * pending until the database answers. The inbox writer's state is part of {@code /actuator/health}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingest")
package io.purser.ingest;
