package io.purser.routing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How routing behaves, under {@code purser.routing.*}.
 *
 * @param defaultCapacity the most conversations an agent owns at once until an admin sets their own
 * @param awayAfter an available agent with no activity for this long is set away and their
 *     conversations go back to the queue (one first-response window, so an empty chair costs at
 *     most one SLA window)
 * @param dispatchInterval how often the queue is pushed to available agents even when nothing
 *     signalled a change
 */
@ConfigurationProperties(prefix = "purser.routing")
public record RoutingSettings(
    @DefaultValue("5") int defaultCapacity,
    @DefaultValue("10m") Duration awayAfter,
    @DefaultValue("1s") Duration dispatchInterval) {

  public RoutingSettings {
    if (defaultCapacity < 1) {
      throw new IllegalArgumentException("purser.routing.default-capacity must be at least 1");
    }
  }
}
