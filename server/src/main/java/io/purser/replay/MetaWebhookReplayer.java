package io.purser.replay;

import io.purser.channels.meta.MetaSignatures;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Posts deliveries to a Purser server's Meta webhook the way Meta does: the body signed with the
 * app secret in {@code X-Hub-Signature-256}. Like {@link XWebhookReplayer}, a 503 or a connection
 * that fails is tried again after a back-off (Meta redelivers what was not acknowledged); every
 * other answer is final.
 */
public final class MetaWebhookReplayer {

  private final WebhookEndpoint webhook;
  private final String appSecret;

  public MetaWebhookReplayer(String baseUrl, String appSecret, HttpClient http) {
    this.webhook = WebhookEndpoint.of(baseUrl, "/webhooks/meta", MetaSignatures.HEADER, http);
    this.appSecret = appSecret;
  }

  /**
   * Signs and delivers a raw body; returns the final HTTP status, or {@link
   * XWebhookReplayer#NO_ANSWER}.
   */
  public int deliver(byte[] body) throws InterruptedException {
    return webhook.deliver(body, MetaSignatures.sign(appSecret, body), 8, Duration.ofMillis(100));
  }
}
