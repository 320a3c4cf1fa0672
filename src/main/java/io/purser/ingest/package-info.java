/**
 * The durable inbox of raw webhook deliveries and the pipeline that turns them into messages: a
 * delivery is committed before it is acknowledged, then claimed in batches, parsed by the channel
 * modules' {@link io.purser.ingest.WebhookPayloadParser}s, routed to a workspace and handed to the
 * conversation module, idempotently, so a crash or a redelivery loses and duplicates nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingest")
package io.purser.ingest;
