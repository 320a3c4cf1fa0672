package io.purser.channels.meta;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how patiently Purser talks to Meta's Graph API (Messenger, Instagram and WhatsApp Cloud
 * API). Other {@code purser.meta.*} properties (app secret, verify token) belong to the webhook
 * side and are ignored here.
 *
 * @param graphBaseUrl scheme and host, {@code https://graph.facebook.com} unless a stand-in is used
 * @param apiVersion the Graph API version every path starts with, such as {@code v21.0}
 * @param connectTimeout how long to wait for a connection; nothing has been sent when it expires
 * @param readTimeout how long to wait for an answer once the request is sent; when it expires the
 *     message may have been delivered, so the outcome is unknown rather than retryable
 */
@ConfigurationProperties(prefix = "purser.meta")
public record MetaGraphSettings(
    String graphBaseUrl, String apiVersion, Duration connectTimeout, Duration readTimeout) {

  public MetaGraphSettings {
    if (graphBaseUrl == null || graphBaseUrl.isBlank()) {
      graphBaseUrl = "https://graph.facebook.com";
    }
    if (apiVersion == null || apiVersion.isBlank()) {
      apiVersion = "v21.0";
    }
    if (connectTimeout == null) {
      connectTimeout = Duration.ofSeconds(5);
    }
    if (readTimeout == null) {
      readTimeout = Duration.ofSeconds(15);
    }
  }
}
