package io.purser.channels.x;

import io.purser.channels.outbound.JsonPost;
import io.purser.channels.outbound.RetryAfter;
import io.purser.channels.outbound.SendOutcomes;
import io.purser.channels.outbound.TransportFailure;
import io.purser.channels.x.XApiPayloads.Error;
import io.purser.channels.x.XApiPayloads.ErrorBody;
import io.purser.reply.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;

/**
 * Turns what X answered into a {@link SendResult}: the rules the outbox worker relies on to retry
 * without ever posting twice.
 */
final class XApiOutcomes implements SendOutcomes {

  /** Short on purpose: the outbox worker adds its own exponential back-off on top. */
  static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(10);

  /** X's v1.1 code for "Status is a duplicate", still seen in {@code errors}. */
  private static final int LEGACY_DUPLICATE_CODE = 187;

  private final Clock clock;

  XApiOutcomes(Clock clock) {
    this.clock = clock;
  }

  @Override
  public <T> SendResult fromResponse(
      int status, HttpHeaders headers, byte[] body, Class<T> type, Function<T, String> id) {
    if (status >= 200 && status < 300) {
      return SendOutcomes.sent("X", body, type, id);
    }
    if (status == 429) {
      Instant notBefore =
          RetryAfter.fromEpochSeconds(headers.getFirst("x-rate-limit-reset"))
              .or(() -> RetryAfter.fromHeader(headers.getFirst(HttpHeaders.RETRY_AFTER), now()))
              .orElseGet(this::defaultNotBefore);
      return new SendResult.RetryLater(notBefore, "X rate limit reached (429)");
    }
    if (status >= 500) {
      Instant notBefore =
          RetryAfter.fromHeader(headers.getFirst(HttpHeaders.RETRY_AFTER), now())
              .orElseGet(this::defaultNotBefore);
      return new SendResult.RetryLater(notBefore, "X answered " + status);
    }
    return rejected(status, body);
  }

  /** Nothing reached X: safe to send again. Anything else may have posted: reconcile first. */
  @Override
  public SendResult fromTransportFailure(Exception failure) {
    return TransportFailure.outcome(failure, "X", defaultNotBefore());
  }

  private SendResult rejected(int status, byte[] body) {
    Optional<ErrorBody> problem = read(body);
    if (problem.isEmpty()) {
      return new SendResult.Rejected("http-" + status, "X answered " + status);
    }
    ErrorBody error = problem.get();
    if (error.title() == null && error.errors() != null && !error.errors().isEmpty()) {
      return rejected(status, error.errors().get(0));
    }
    if (status == 403 && mentionsDuplicate(error.detail())) {
      return new SendResult.Rejected("duplicate", error.detail());
    }
    return new SendResult.Rejected(
        code(error.type(), error.title(), status), message(error.title(), error.detail(), status));
  }

  private SendResult rejected(int status, Error error) {
    if (error.code() != null) {
      String code =
          error.code() == LEGACY_DUPLICATE_CODE ? "duplicate" : String.valueOf(error.code());
      return new SendResult.Rejected(code, error.message());
    }
    if (mentionsDuplicate(error.detail())) {
      return new SendResult.Rejected("duplicate", error.detail());
    }
    return new SendResult.Rejected(
        code(error.type(), error.title(), status), message(error.title(), error.detail(), status));
  }

  private static Optional<ErrorBody> read(byte[] body) {
    try {
      return Optional.ofNullable(JsonPost.JSON.readValue(body, ErrorBody.class));
    } catch (JacksonException unreadable) {
      return Optional.empty();
    }
  }

  /** The problem type names the error precisely; {@code about:blank} (403s) does not. */
  private static String code(String type, String title, int status) {
    if (type != null && !type.isBlank() && !"about:blank".equals(type)) {
      return type;
    }
    return title != null && !title.isBlank() ? title : "http-" + status;
  }

  private static String message(String title, String detail, int status) {
    if (title == null) {
      return detail == null ? "X answered " + status : detail;
    }
    return detail == null ? title : title + ": " + detail;
  }

  private static boolean mentionsDuplicate(String detail) {
    return detail != null && detail.toLowerCase(Locale.ROOT).contains("duplicate");
  }

  private Instant now() {
    return clock.instant();
  }

  private Instant defaultNotBefore() {
    return now().plus(DEFAULT_BACKOFF);
  }
}
