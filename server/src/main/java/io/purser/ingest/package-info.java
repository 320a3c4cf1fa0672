/**
 * The durable inbox of raw webhook deliveries and the pipeline that turns them into messages: a
 * delivery is committed before it is acknowledged, then claimed in batches, routed to a workspace
 * and handed to the conversation module, idempotently, so a crash or a redelivery loses and
 * duplicates nothing.
 *
 * <p>Offers: the {@link io.purser.ingest.Inbox} a channel appends an {@link
 * io.purser.ingest.InboundDelivery} to (its raw body and the {@link io.purser.ingest.InboundEvent}s
 * the channel read from it, once), the {@link io.purser.ingest.WebhookPayloadParser} a channel
 * implements so a stored body can be read again after a crash or a replay, and {@link
 * io.purser.ingest.IngestManagement} for administrators. Keeps to itself: the writer and the
 * pipeline ({@code inbox}), routing of events into workspaces ({@code routing}) and its controllers
 * ({@code web}).
 *
 * <p>Every customer message is stored whole; only what triage records about it is capped. A
 * delivery that cannot be processed is parked with its error (described without customer text),
 * listed to administrators at {@code GET /api/v1/inbox} and replayed by the operator at {@code POST
 * /api/v1/inbox/{id}/replay}. A lost database connection is not held against a delivery: it stays
 * pending until the database answers. The inbox writer's state is part of {@code /actuator/health}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingest")
package io.purser.ingest;
