package io.purser.channels;

import io.purser.ingest.InboundEvent;
import io.purser.ingest.WebhookPayloadParser;
import java.util.List;

/**
 * Base of the tests that replay one network's recorded payloads (under {@code fixtures/wire})
 * through its parser and compare the events read with the ones the payload means.
 */
public abstract class WirePayloadTest {

  protected final WebhookPayloadParser parser;

  protected WirePayloadTest(WebhookPayloadParser parser) {
    this.parser = parser;
  }

  /** The events the parser reads from the named fixture. */
  protected List<InboundEvent> parse(String fixture) {
    return parser.parse(WireFixtures.bytes(fixture));
  }
}
