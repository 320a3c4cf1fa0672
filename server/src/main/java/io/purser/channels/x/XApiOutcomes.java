package io.purser.channels.x;

import io.purser.channels.outbound.RetryAfter;
import io.purser.channels.outbound.SendOutcomes;
import io.purser.channels.x.XApiPayloads.Error;
import io.purser.channels.x.XApiPayloads.ErrorBody;
import io.purser.reply.SendResult;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * What X's error answers mean: rate limits (at the reset X names) and server errors are retried,
 * every other refusal is final, a duplicate post named as such.
 */
final class XApiOutcomes extends SendOutcomes {

  /** X's v1.1 code for "Status is a duplicate", still seen in {@code errors}. */
  private static final int LEGACY_DUPLICATE_CODE = 187;

  XApiOutcomes(Clock clock) {
    super("X", clock);
  }

  @Override
  protected SendResult fromError(int status, HttpHeaders headers, byte[] body) {
    if (status == 429) {
      Instant notBefore =
          RetryAfter.fromEpochSeconds(headers.getFirst("x-rate-limit-reset"))
              .orElseGet(() -> retryAfter(headers));
      return new SendResult.RetryLater(notBefore, "X rate limit reached (429)");
    }
    if (status >= 500) {
      return new SendResult.RetryLater(retryAfter(headers), "X answered " + status);
    }
    return rejected(status, body);
  }

  private SendResult rejected(int status, byte[] body) {
    Optional<ErrorBody> problem = read(body, ErrorBody.class);
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
}
