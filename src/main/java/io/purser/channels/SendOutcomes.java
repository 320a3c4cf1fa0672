package io.purser.channels;

import io.purser.reply.SendResult;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;

/** How one network's answers and failures become a {@link SendResult}. */
public interface SendOutcomes {

  <T> SendResult fromResponse(
      int status, HttpHeaders headers, byte[] body, Class<T> type, Function<T, String> id);

  SendResult fromTransportFailure(Exception failure);
}
