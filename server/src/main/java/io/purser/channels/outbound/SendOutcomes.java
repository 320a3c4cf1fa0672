package io.purser.channels.outbound;

import io.purser.reply.SendResult;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;

/** How one network's answers and failures become a {@link SendResult}. */
public interface SendOutcomes {

  <T> SendResult fromResponse(
      int status, HttpHeaders headers, byte[] body, Class<T> type, Function<T, String> id);

  SendResult fromTransportFailure(Exception failure);

  /**
   * A 2xx answer of {@code network}: sent, with the id {@code id} finds in the body, or unknown
   * when it has none (the outbox then looks the reply up rather than send it again).
   */
  static <T> SendResult sent(String network, byte[] body, Class<T> type, Function<T, String> id) {
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
}
