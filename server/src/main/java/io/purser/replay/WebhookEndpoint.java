package io.purser.replay;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A Purser server's webhook as a network posts to it: a JSON body with its signature in the
 * network's header, tried again after a 503 or a failed connection ({@link
 * XWebhookReplayer#withRetries}); every other answer is final.
 *
 * @param uri where the network posts, such as {@code http://localhost:8080/webhooks/x}
 * @param signatureHeader the header that carries the body's signature
 */
record WebhookEndpoint(URI uri, String signatureHeader, HttpClient http) {

  /** The webhook at {@code path} of the server at {@code baseUrl} (a trailing slash is dropped). */
  static WebhookEndpoint of(String baseUrl, String path, String signatureHeader, HttpClient http) {
    return new WebhookEndpoint(
        URI.create(baseUrl.replaceAll("/+$", "") + path), signatureHeader, http);
  }

  /** Posts a signed body; returns the final HTTP status, or {@link XWebhookReplayer#NO_ANSWER}. */
  int deliver(byte[] body, String signature, int attempts, Duration firstBackOff)
      throws InterruptedException {
    var request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header(signatureHeader, signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return XWebhookReplayer.withRetries(attempts, firstBackOff, () -> attempt(request));
  }

  private int attempt(HttpRequest request) throws InterruptedException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException unreachable) {
      return XWebhookReplayer.NO_ANSWER;
    }
  }
}
