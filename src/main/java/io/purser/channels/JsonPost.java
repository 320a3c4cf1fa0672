package io.purser.channels;

import io.purser.reply.SendResult;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** The one way our senders POST JSON to a network API and read the outcome. */
public final class JsonPost {

  private JsonPost() {}

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

  /** Sends {@code body} with the bearer token and maps the answer, or the failure, to a result. */
  public static <T> SendResult send(
      RestClient.RequestBodySpec request,
      String accessToken,
      byte[] body,
      SendOutcomes outcomes,
      Class<T> responseType,
      Function<T, String> id) {
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
