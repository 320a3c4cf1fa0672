package io.purser.channels.outbound;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.purser.reply.SendResult;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The one way our senders POST JSON to a network API and read the outcome. */
public final class JsonPost {

  /**
   * Writes and reads the networks' API bodies (X and the Graph API both name fields in snake_case):
   * nulls left out, unknown fields ignored.
   */
  public static final JsonMapper JSON =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private JsonPost() {}

  /** A client of one network API at {@code baseUrl}, on {@link #requestFactory}. */
  public static RestClient client(String baseUrl, Duration connect, Duration read) {
    return RestClient.builder()
        .baseUrl(baseUrl)
        .requestFactory(requestFactory(connect, read))
        .build();
  }

  /**
   * The JDK client, because it never re-sends a POST on its own (HttpURLConnection does, which
   * would post a reply twice after a connection reset). HTTP/1.1 keeps the failure modes the same
   * as those the tests reproduce.
   */
  public static JdkClientHttpRequestFactory requestFactory(Duration connect, Duration read) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(connect)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    var factory = new JdkClientHttpRequestFactory(client);
    factory.setReadTimeout(read);
    return factory;
  }

  /**
   * Sends {@code payload} as {@link #JSON} with the bearer token and maps the answer, or the
   * failure, to a result.
   */
  public static <T> SendResult send(
      RestClient.RequestBodySpec request,
      String accessToken,
      Object payload,
      SendOutcomes outcomes,
      Class<T> responseType,
      Function<T, String> id) {
    byte[] body = JSON.writeValueAsBytes(payload);
    try {
      return request
          .headers(headers -> headers.setBearerAuth(accessToken))
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON)
          .body(body)
          .exchange(
              (sent, answer) ->
                  outcomes.fromResponse(
                      answer.getStatusCode().value(),
                      answer.getHeaders(),
                      answer.getBody().readAllBytes(),
                      responseType,
                      id));
    } catch (RestClientException failure) {
      return outcomes.fromTransportFailure(failure);
    }
  }
}
