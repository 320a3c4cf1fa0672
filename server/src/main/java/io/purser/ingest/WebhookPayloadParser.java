package io.purser.ingest;

import java.util.List;

/**
 * Turns the raw body of one webhook delivery into normalised events. Implemented by each channel
 * module; the pipeline picks the parser whose {@link #source()} matches the stored delivery.
 *
 * <p>Parsing is pure: the same bytes always give the same events, so a delivery can be parsed again
 * after a crash.
 */
public interface WebhookPayloadParser {

  /** The webhook source this parser reads: {@code x} or {@code meta}. */
  String source();

  /**
   * Parses a delivery. Parts the parser does not understand are skipped, not failed: the network
   * adds fields and event types over time.
   *
   * @throws MalformedPayloadException when the body is not JSON of the expected envelope
   */
  List<InboundEvent> parse(byte[] body);
}
