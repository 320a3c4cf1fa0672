package io.purser.channels.outbound;

import io.purser.reply.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;

/**
 * How one network's answers and failures become a {@link SendResult}: the rules the outbox worker
 * relies on to retry without ever delivering twice. What every network shares is here (a 2xx is
 * sent, a failure before a byte left is retried, any other failure is unknown); each network says
 * what its error answers mean.
 */
public abstract class SendOutcomes {

  /** Short on purpose: the outbox worker adds its own exponential back-off on top. */
  public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(10);

  private final String network;
  private final Clock clock;

  /**
   * @param network the network's name in the outcomes' reasons, such as {@code X}
   */
  protected SendOutcomes(String network, Clock clock) {
    this.network = network;
    this.clock = clock;
  }

  /**
   * A 2xx answer is sent, with the id {@code id} finds in the body, or unknown when it has none
   * (the outbox then looks the reply up rather than send it again); any other status is the
   * network's to read.
   */
  public final <T> SendResult fromResponse(
      int status, HttpHeaders headers, byte[] body, Class<T> type, Function<T, String> id) {
    if (status < 200 || status >= 300) {
      return fromError(status, headers, body);
    }
    try {
      String externalId = id.apply(JsonPost.JSON.readValue(body, type));
      if (externalId != null && !externalId.isBlank()) {
        return new SendResult.Sent(externalId);
      }
      return new SendResult.Unknown(network + " accepted the request but its answer has no id");
    } catch (JacksonException unreadable) {
      return new SendResult.Unknown(network + " accepted the request but its answer is unreadable");
    }
  }

  /** What a status other than 2xx, with its headers and body, means on this network. */
  protected abstract SendResult fromError(int status, HttpHeaders headers, byte[] body);

  /** Nothing reached the network: safe to send again. Anything else may have: reconcile first. */
  public final SendResult fromTransportFailure(Exception failure) {
    return TransportFailure.outcome(failure, network, defaultNotBefore());
  }

  /**
   * A reply the outbox can never deliver as asked: refused for good rather than thrown, so the
   * worker records it on the message instead of retrying it forever.
   */
  public static SendResult invalid(String reason) {
    return new SendResult.Rejected("invalid-message", reason);
  }

  /** The network's error body as {@code type}; empty when it is not one. */
  protected static <B> Optional<B> read(byte[] body, Class<B> type) {
    try {
      return Optional.ofNullable(JsonPost.JSON.readValue(body, type));
    } catch (JacksonException unreadable) {
      return Optional.empty();
    }
  }

  /** When {@code Retry-After} lets us try again, else after {@link #DEFAULT_BACKOFF}. */
  protected Instant retryAfter(HttpHeaders headers) {
    return RetryAfter.fromHeader(headers.getFirst(HttpHeaders.RETRY_AFTER), now())
        .orElseGet(this::defaultNotBefore);
  }

  protected Instant now() {
    return clock.instant();
  }

  protected Instant defaultNotBefore() {
    return now().plus(DEFAULT_BACKOFF);
  }
}
