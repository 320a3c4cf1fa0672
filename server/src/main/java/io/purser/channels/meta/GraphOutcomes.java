package io.purser.channels.meta;

import io.purser.channels.meta.GraphPayloads.ErrorBody;
import io.purser.channels.meta.GraphPayloads.GraphError;
import io.purser.channels.outbound.JsonPost;
import io.purser.channels.outbound.RetryAfter;
import io.purser.channels.outbound.SendOutcomes;
import io.purser.channels.outbound.TransportFailure;
import io.purser.reply.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;

/**
 * Turns what the Graph API answered into a {@link SendResult}: the rules the outbox worker relies
 * on to retry without ever delivering twice.
 */
final class GraphOutcomes implements SendOutcomes {

  /** Short on purpose: the outbox worker adds its own exponential back-off on top. */
  static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(10);

  /**
   * Throttling codes, which Meta answers with 400 or 403 rather than 429: 4 app, 17 user, 32 page,
   * 613 call-rate limits; 2 temporary service outage; 80007, 130429, 131048, 131056 WhatsApp
   * account, throughput, spam and pair rate limits.
   */
  private static final Set<Integer> THROTTLING_CODES =
      Set.of(2, 4, 17, 32, 613, 80007, 130429, 131048, 131056);

  private final Clock clock;

  GraphOutcomes(Clock clock) {
    this.clock = clock;
  }

  @Override
  public <T> SendResult fromResponse(
      int status, HttpHeaders headers, byte[] body, Class<T> type, Function<T, String> id) {
    if (status >= 200 && status < 300) {
      return SendOutcomes.sent("Meta", body, type, id);
    }
    Optional<GraphError> error = read(body);
    if (status == 429 || status >= 500 || error.filter(GraphOutcomes::isThrottling).isPresent()) {
      Instant notBefore =
          RetryAfter.fromHeader(headers.getFirst(HttpHeaders.RETRY_AFTER), clock.instant())
              .orElseGet(this::defaultNotBefore);
      return new SendResult.RetryLater(notBefore, "Meta answered " + status + describe(error));
    }
    return error
        .map(GraphOutcomes::rejected)
        .orElseGet(() -> new SendResult.Rejected("http-" + status, "Meta answered " + status));
  }

  /** Nothing reached Meta: safe to send again. Anything else may have delivered: reconcile. */
  @Override
  public SendResult fromTransportFailure(Exception failure) {
    return TransportFailure.outcome(failure, "Meta", defaultNotBefore());
  }

  /**
   * A reply the outbox can never deliver as asked: refused for good rather than thrown, so the
   * worker records it on the message instead of retrying it forever.
   */
  static SendResult invalid(String reason) {
    return new SendResult.Rejected("invalid-message", reason);
  }

  private static boolean isThrottling(GraphError error) {
    return Boolean.TRUE.equals(error.isTransient()) || THROTTLING_CODES.contains(error.code());
  }

  /** {@code code} or {@code code/error_subcode}, e.g. {@code 10/2018278} (outside the window). */
  private static SendResult rejected(GraphError error) {
    String code = error.code() == null ? "unknown" : String.valueOf(error.code());
    if (error.errorSubcode() != null) {
      code = code + "/" + error.errorSubcode();
    }
    return new SendResult.Rejected(code, error.message());
  }

  private static Optional<GraphError> read(byte[] body) {
    try {
      ErrorBody parsed = JsonPost.JSON.readValue(body, ErrorBody.class);
      return Optional.ofNullable(parsed).map(ErrorBody::error);
    } catch (JacksonException unreadable) {
      return Optional.empty();
    }
  }

  private static String describe(Optional<GraphError> error) {
    return error.map(e -> " (code " + e.code() + ": " + e.message() + ")").orElse("");
  }

  private Instant defaultNotBefore() {
    return clock.instant().plus(DEFAULT_BACKOFF);
  }
}
