package io.purser.channels.x;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Purser meets X, under {@code purser.x.*}: the webhooks' secret and where and how patiently
 * the X API v2 is called.
 *
 * @param consumerSecret the app's consumer secret ({@code PURSER_X_CONSUMER_SECRET}): the key of
 *     the CRC answer and of the delivery signature
 * @param apiBaseUrl scheme and host of the X API ({@code PURSER_X_API_BASE_URL}); another value
 *     only for a stand-in
 * @param connectTimeout how long to wait for a connection; nothing has been sent when it expires
 * @param readTimeout how long to wait for an answer once the request is sent; when it expires the
 *     post may exist, so the outcome is unknown rather than retryable
 */
@ConfigurationProperties(prefix = "purser.x")
public record XSettings(
    String consumerSecret,
    @DefaultValue("https://api.x.com") String apiBaseUrl,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("15s") Duration readTimeout) {

  /** Never prints the secret: settings end up in logs and actuator output. */
  @Override
  public String toString() {
    return "XSettings[consumerSecret="
        + (consumerSecret == null ? "unset" : "****")
        + ", apiBaseUrl="
        + apiBaseUrl
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + "]";
  }
}
