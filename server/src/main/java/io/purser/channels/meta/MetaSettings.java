package io.purser.channels.meta;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Purser meets Meta, under {@code purser.meta.*}: the webhooks' secrets and where and how
 * patiently the Graph API (Messenger, Instagram and WhatsApp Cloud API) is called.
 *
 * @param appSecret the Meta app secret that signs deliveries ({@code X-Hub-Signature-256}; {@code
 *     PURSER_META_APP_SECRET})
 * @param verifyToken the token Meta echoes in the subscription handshake ({@code
 *     PURSER_META_VERIFY_TOKEN})
 * @param graphBaseUrl scheme and host of the Graph API ({@code PURSER_META_GRAPH_BASE_URL});
 *     another value only for a stand-in
 * @param apiVersion the Graph API version every path starts with
 * @param connectTimeout how long to wait for a connection; nothing has been sent when it expires
 * @param readTimeout how long to wait for an answer once the request is sent; when it expires the
 *     message may have been delivered, so the outcome is unknown rather than retryable
 */
@ConfigurationProperties(prefix = "purser.meta")
public record MetaSettings(
    String appSecret,
    String verifyToken,
    @DefaultValue("https://graph.facebook.com") String graphBaseUrl,
    @DefaultValue("v21.0") String apiVersion,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("15s") Duration readTimeout) {

  /** Never prints the secrets: settings end up in logs and actuator output. */
  @Override
  public String toString() {
    return "MetaSettings[appSecret="
        + (appSecret == null ? "unset" : "****")
        + ", verifyToken="
        + (verifyToken == null ? "unset" : "****")
        + ", graphBaseUrl="
        + graphBaseUrl
        + ", apiVersion="
        + apiVersion
        + "]";
  }
}
