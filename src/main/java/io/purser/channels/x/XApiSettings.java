package io.purser.channels.x;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how patiently Purser talks to the X API v2. Other {@code purser.x.*} properties (the
 * consumer secret) belong to the webhook side and are ignored here.
 *
 * @param apiBaseUrl scheme and host of the API, {@code https://api.x.com} unless a stand-in is used
 * @param connectTimeout how long to wait for a connection; nothing has been sent when it expires
 * @param readTimeout how long to wait for an answer once the request is sent; when it expires the
 *     post may exist, so the outcome is unknown rather than retryable
 */
@ConfigurationProperties(prefix = "purser.x")
public record XApiSettings(String apiBaseUrl, Duration connectTimeout, Duration readTimeout) {

  public XApiSettings {
    if (apiBaseUrl == null || apiBaseUrl.isBlank()) {
      apiBaseUrl = "https://api.x.com";
    }
    if (connectTimeout == null) {
      connectTimeout = Duration.ofSeconds(5);
    }
    if (readTimeout == null) {
      readTimeout = Duration.ofSeconds(15);
    }
  }
}
