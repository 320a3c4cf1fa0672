package io.purser.ingest.inbox;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The inbox writer in {@code /actuator/health} (as {@code inboxWriter}): DOWN when its thread is
 * not running or its last write failed, for every webhook then answers 503 and nothing new is
 * stored.
 */
@Component("inboxWriterHealthIndicator")
class InboxWriterHealth implements HealthIndicator {

  private final InboxWriter inbox;

  InboxWriterHealth(InboxWriter inbox) {
    this.inbox = inbox;
  }

  @Override
  public Health health() {
    var state = inbox.writerState();
    var health = state.healthy() ? Health.up() : Health.down();
    health.withDetail("running", state.running());
    if (state.failure() != null) {
      health.withDetail("failure", state.failure());
    }
    if (state.since() != null) {
      health.withDetail("since", state.since().toString());
    }
    return health.build();
  }
}
