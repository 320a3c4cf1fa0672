package io.purser.channels.meta;

import io.purser.channels.meta.GraphPayloads.ErrorBody;
import io.purser.channels.meta.GraphPayloads.GraphError;
import io.purser.channels.outbound.SendOutcomes;
import io.purser.reply.SendResult;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * What the Graph API's error answers mean: throttling (by status or by Meta's codes) and server
 * errors are retried, every other refusal is final with Meta's code.
 */
final class GraphOutcomes extends SendOutcomes {

  /**
   * Throttling codes, which Meta answers with 400 or 403 rather than 429: 4 app, 17 user, 32 page,
   * 613 call-rate limits; 2 temporary service outage; 80007, 130429, 131048, 131056 WhatsApp
   * account, throughput, spam and pair rate limits.
   */
  private static final Set<Integer> THROTTLING_CODES =
      Set.of(2, 4, 17, 32, 613, 80007, 130429, 131048, 131056);

  GraphOutcomes(Clock clock) {
    super("Meta", clock);
  }

  @Override
  protected SendResult fromError(int status, HttpHeaders headers, byte[] body) {
    Optional<GraphError> error = read(body, ErrorBody.class).map(ErrorBody::error);
    if (status == 429 || status >= 500 || error.filter(GraphOutcomes::isThrottling).isPresent()) {
      return new SendResult.RetryLater(
          retryAfter(headers), "Meta answered " + status + describe(error));
    }
    return error
        .map(GraphOutcomes::rejected)
        .orElseGet(() -> new SendResult.Rejected("http-" + status, "Meta answered " + status));
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

  private static String describe(Optional<GraphError> error) {
    return error.map(e -> " (code " + e.code() + ": " + e.message() + ")").orElse("");
  }
}
