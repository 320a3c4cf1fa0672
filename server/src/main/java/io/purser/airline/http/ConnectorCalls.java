package io.purser.airline.http;

import io.purser.airline.AirlineUnavailable;
import io.purser.airline.AirlineUnavailable.Kind;
import io.purser.airline.ConnectorSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * One signed HTTP call to the airline, on the JDK client (which never retries a POST by itself),
 * with the configured timeouts. The connector decides what the answer means.
 */
final class ConnectorCalls {

  record Answer(int status, String body) {}

  private final ConnectorSettings settings;
  private final Clock clock;
  private final HttpClient http;

  ConnectorCalls(ConnectorSettings settings, Clock clock) {
    if (settings.baseUrl() == null
        || settings.hmacSecret() == null
        || settings.hmacSecret().isBlank()) {
      throw new IllegalStateException("An http connector needs a base URL and an HMAC secret");
    }
    this.settings = settings;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  Answer send(String method, String pathAndQuery, String body, String idempotencyKey) {
    var base = settings.baseUrl().toString().replaceAll("/+$", "");
    long timestamp = clock.instant().getEpochSecond();
    var signedPath =
        URI.create(base + pathAndQuery).getRawPath()
            + (pathAndQuery.contains("?") ? pathAndQuery.substring(pathAndQuery.indexOf('?')) : "");
    var request =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .timeout(settings.readTimeout())
            .header("Accept", "application/json")
            .header(RequestSigner.TIMESTAMP, Long.toString(timestamp))
            .header(
                RequestSigner.SIGNATURE,
                RequestSigner.sign(settings.hmacSecret(), timestamp, method, signedPath, body));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    if (method.equals("GET")) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    try {
      var response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body());
    } catch (HttpConnectTimeoutException e) {
      throw new AirlineUnavailable(
          Kind.UNREACHABLE,
          "The airline's system did not accept a connection within "
              + settings.connectTimeout().toMillis()
              + " ms",
          e);
    } catch (HttpTimeoutException e) {
      throw new AirlineUnavailable(
          Kind.TIMEOUT,
          "The airline's system did not answer within " + settings.readTimeout().toMillis() + " ms",
          e);
    } catch (IOException e) {
      throw new AirlineUnavailable(
          Kind.UNREACHABLE, "The airline's system could not be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AirlineUnavailable(Kind.UNREACHABLE, "Interrupted while calling the airline", e);
    }
  }
}
