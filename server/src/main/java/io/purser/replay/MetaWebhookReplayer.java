package io.purser.replay;

import io.purser.channels.meta.MetaSignatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts deliveries to a Purser server's Meta webhook the way Meta does: the body signed with the
 * app secret in {@code X-Hub-Signature-256}. Like {@link XWebhookReplayer}, a 503 or a connection
 * that fails is tried again after a back-off (Meta redelivers what was not acknowledged); every
 * other answer is final.
 */
public final class MetaWebhookReplayer {

  private final URI endpoint;
  private final String appSecret;
  private final HttpClient http;

  public MetaWebhookReplayer(String baseUrl, String appSecret, HttpClient http) {
    this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/webhooks/meta");
    this.appSecret = appSecret;
    this.http = http;
  }

  /** Signs and delivers a raw body; returns the final HTTP status, or {@code NO_ANSWER}. */
  public int deliver(byte[] body) throws InterruptedException {
    var request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header(MetaSignatures.HEADER, MetaSignatures.sign(appSecret, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return XWebhookReplayer.withRetries(
        8,
        Duration.ofMillis(100),
        () -> {
          try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
          } catch (IOException unreachable) {
            return XWebhookReplayer.NO_ANSWER;
          }
        });
  }
}
