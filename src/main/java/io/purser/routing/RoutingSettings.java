package io.purser.routing;

import io.purser.routing.domain.InactivityPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How routing behaves, under {@code purser.routing.*}.
 *
 * @param defaultCapacity the most conversations an agent owns at once until an admin sets their own
 *     (default 5)
 * @param awayAfter an available agent with no activity for this long is set away and their
 *     conversations go back to the queue (default 10 minutes: one first-response window)
 * @param dispatchInterval how often the queue is pushed to available agents even when nothing
 *     signalled a change (default 1 second)
 */
@ConfigurationProperties(prefix = "purser.routing")
public record RoutingSettings(int defaultCapacity, Duration awayAfter, Duration dispatchInterval) {

  public RoutingSettings {
    defaultCapacity = defaultCapacity <= 0 ? 5 : defaultCapacity;
    awayAfter = awayAfter == null ? InactivityPolicy.DEFAULT_AWAY_AFTER : awayAfter;
    dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(1) : dispatchInterval;
  }
}
