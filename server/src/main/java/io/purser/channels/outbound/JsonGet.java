package io.purser.channels.outbound;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one way we ask a network API a question with a bearer token and read its JSON answer. */
public final class JsonGet {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonGet() {}

  /** What the network said. */
  public sealed interface Answer {
    /** A 2xx with a JSON body. */
    record Body(JsonNode json) implements Answer {}

    /** A 4xx other than 429: the network will not answer this token. */
    record Refused(int status) implements Answer {}

    /** A 429, a 5xx or an unreadable body: the network is there but gave nothing usable. */
    record Unusable(String why) implements Answer {}

    /** No connection, no answer in time. */
    record Unreachable(String why) implements Answer {}
  }

  /** Sends the GET with the token in the {@code Authorization} header, never in the URL. */
  public static Answer ask(RestClient.RequestHeadersSpec<?> request, String accessToken) {
    try {
      return request
          .headers(headers -> headers.setBearerAuth(accessToken))
          .accept(MediaType.APPLICATION_JSON)
          .exchange(
              (sent, answer) ->
                  read(answer.getStatusCode().value(), answer.getBody().readAllBytes()));
    } catch (RestClientException failure) {
      return new Answer.Unreachable(TransportFailure.describe(failure));
    }
  }

  private static Answer read(int status, byte[] body) {
    if (status == 429 || status >= 500) {
      return new Answer.Unusable("answered " + status);
    }
    if (status < 200 || status >= 300) {
      return new Answer.Refused(status);
    }
    try {
      return new Answer.Body(JSON.readTree(body));
    } catch (JacksonException unreadable) {
      return new Answer.Unusable("answered with something other than JSON");
    }
  }
}
