package io.purser.channels.x;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What X's webhooks need from configuration ({@code PURSER_X_CONSUMER_SECRET}). Other {@code
 * purser.x.*} properties belong to other settings.
 *
 * @param consumerSecret the app's consumer secret: the key of the CRC answer and of the delivery
 *     signature
 */
@ConfigurationProperties("purser.x")
public record XWebhookSettings(String consumerSecret) {

  /** Never prints the secret: settings end up in logs and actuator output. */
  @Override
  public String toString() {
    return "XWebhookSettings[consumerSecret=" + (consumerSecret == null ? "unset" : "****") + "]";
  }
}
