package io.purser.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param token the bearer token a Prometheus scraper presents at {@code /actuator/prometheus}
 *     ({@code PURSER_METRICS_TOKEN}); absent ⇒ only the bootstrap token may read the metrics
 */
@ConfigurationProperties(prefix = "purser.metrics")
public record MetricsSettings(String token) {

  @Override
  public String toString() {
    return "MetricsSettings[token=" + (token == null ? "unset" : "***") + "]";
  }
}
