package io.purser.replay;

import io.purser.channels.x.XSignatures;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Posts tweets to a Purser server's X webhook the way X does: an Account Activity delivery signed
 * with the consumer secret. A 503 or a connection that fails is tried again after a back-off, as X
 * redelivers what was not acknowledged; every other answer is final.
 */
public final class XWebhookReplayer {

  /** The status {@link #deliver} returns when the server never answered. */
  public static final int NO_ANSWER = 0;

  private final WebhookEndpoint webhook;
  private final String secret;
  private final String accountId;
  private final int attempts;
  private final Duration firstBackOff;

  /** Tries each delivery up to 8 times, backing off from 100 ms up to a few seconds. */
  public XWebhookReplayer(String baseUrl, String secret, String accountId, HttpClient http) {
    this(
        WebhookEndpoint.of(baseUrl, "/webhooks/x", XSignatures.HEADER, http),
        secret,
        accountId,
        8,
        Duration.ofMillis(100));
  }

  private XWebhookReplayer(
      WebhookEndpoint webhook,
      String secret,
      String accountId,
      int attempts,
      Duration firstBackOff) {
    this.webhook = webhook;
    this.secret = secret;
    this.accountId = accountId;
    this.attempts = attempts;
    this.firstBackOff = firstBackOff;
  }

  /** The same replayer with another retry budget; 1 attempt means no retry at all. */
  public XWebhookReplayer withAttempts(int attempts, Duration firstBackOff) {
    if (attempts < 1) {
      throw new IllegalArgumentException("a delivery needs at least one attempt");
    }
    return new XWebhookReplayer(webhook, secret, accountId, attempts, firstBackOff);
  }

  public String accountId() {
    return accountId;
  }

  /** Delivers one tweet; returns the final HTTP status, or {@link #NO_ANSWER}. */
  public int deliver(ReplayTweet tweet) throws InterruptedException {
    return deliver(XDeliveries.tweetCreate(accountId, tweet));
  }

  /** Signs and delivers a raw body; returns the final HTTP status, or {@link #NO_ANSWER}. */
  public int deliver(byte[] body) throws InterruptedException {
    return webhook.deliver(body, XSignatures.sign(secret, body), attempts, firstBackOff);
  }

  /** One try at a delivery: its HTTP status, or {@link #NO_ANSWER}. */
  public interface Attempt {
    int send() throws InterruptedException;
  }

  /**
   * Tries a delivery until it gets an answer other than 503, as X redelivers what was not
   * acknowledged: up to {@code attempts} times, backing off from {@code firstBackOff}, doubling, to
   * at most 5 s. Returns the last status.
   */
  public static int withRetries(int attempts, Duration firstBackOff, Attempt attempt)
      throws InterruptedException {
    int status = NO_ANSWER;
    long backOff = firstBackOff.toMillis();
    for (int tried = 1; tried <= attempts; tried++) {
      status = attempt.send();
      if (status != NO_ANSWER && status != 503) {
        return status;
      }
      if (tried < attempts) {
        Thread.sleep(backOff);
        backOff = Math.min(backOff * 2, 5_000);
      }
    }
    return status;
  }

  /** A client suited to many small posts: HTTP/1.1 keep-alive, short connect timeout. */
  public static HttpClient httpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }
}
