package io.purser.channels.meta;

import io.purser.channels.outbound.JsonGet;
import io.purser.channels.outbound.JsonPost;
import io.purser.reply.SendResult;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Posts JSON to one Graph API edge, {@code {base}/{version}/{node}/{edge}}, with the page or
 * system-user token in the {@code Authorization} header (never in the URL, which proxies and logs
 * keep). Shared by the Messenger, Instagram and WhatsApp senders; never throws for network trouble.
 *
 * <p>Not RestFB, although it models the Send API: its HttpURLConnection transport re-sends a POST
 * after a connection reset (a double delivery), and it drops the error body and headers of a 429 or
 * 5xx. See {@code docs/channels-outbound.md}.
 */
@Component
class GraphApiClient {

  private final RestClient http;
  private final String apiVersion;
  private final GraphOutcomes outcomes;

  @Autowired
  GraphApiClient(MetaSettings settings, ObjectProvider<Clock> clock) {
    this(settings, clock.getIfAvailable(Clock::systemUTC));
  }

  GraphApiClient(MetaSettings settings, Clock clock) {
    this.http =
        JsonPost.client(settings.graphBaseUrl(), settings.connectTimeout(), settings.readTimeout());
    this.apiVersion = settings.apiVersion();
    this.outcomes = new GraphOutcomes(clock);
  }

  <T> SendResult post(
      String node,
      String edge,
      String accessToken,
      Object request,
      Class<T> responseType,
      Function<T, String> id) {
    return JsonPost.send(
        http.post().uri("/{version}/{node}/{edge}", apiVersion, node, edge),
        accessToken,
        request,
        outcomes,
        responseType,
        id);
  }

  /**
   * Reads {@code fields} of a node, {@code {base}/{version}/{node}?fields=…}, as the token sees it.
   */
  JsonGet.Answer get(String node, String fields, String accessToken) {
    return JsonGet.ask(
        http.get().uri("/{version}/{node}?fields={fields}", apiVersion, node, fields), accessToken);
  }

  /** Posts to a node itself, {@code {base}/{version}/{node}}: how a comment is hidden. */
  <T> SendResult postNode(
      String node,
      String accessToken,
      Object request,
      Class<T> responseType,
      Function<T, String> id) {
    return JsonPost.send(
        http.post().uri("/{version}/{node}", apiVersion, node),
        accessToken,
        request,
        outcomes,
        responseType,
        id);
  }
}
