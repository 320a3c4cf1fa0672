package io.purser.channels.meta;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What Meta's webhooks need from configuration ({@code PURSER_META_APP_SECRET}, {@code
 * PURSER_META_VERIFY_TOKEN}). Other {@code purser.meta.*} properties belong to other settings.
 *
 * @param appSecret the Meta app secret that signs deliveries ({@code X-Hub-Signature-256})
 * @param verifyToken the token Meta echoes in the subscription handshake
 */
@ConfigurationProperties("purser.meta")
public record MetaWebhookSettings(String appSecret, String verifyToken) {

  /** Never prints the secrets: settings end up in logs and actuator output. */
  @Override
  public String toString() {
    return "MetaWebhookSettings[appSecret="
        + (appSecret == null ? "unset" : "****")
        + ", verifyToken="
        + (verifyToken == null ? "unset" : "****")
        + "]";
  }
}
