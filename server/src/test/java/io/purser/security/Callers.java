package io.purser.security;

import io.purser.security.SampleRequests.Request;
import io.purser.testing.ConsoleSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Who the isolation suite calls as: an API token, or a signed-in console session. */
final class Callers {

  private Callers() {}

  /** An answer: its status and (up to a limit) its body. */
  record Answer(int status, String body) {}

  /** Sends a request as someone. */
  interface Caller {
    Answer send(Request request);
  }

  /** The REST API with a bearer token. */
  static Caller api(HttpClient http, String base, String token) {
    return request -> {
      var builder = builder(base, request).header("Authorization", "Bearer " + token);
      return send(http, builder);
    };
  }

  /** The console as a user signed in by the login form, sending the CSRF token as htmx does. */
  static Caller console(int port, String workspace, String username, String password) {
    var session = ConsoleSession.signedIn(port, workspace, username, password);
    var base = "http://localhost:" + port;
    return request ->
        read(
            session.send(builder(base, request), HttpResponse.BodyHandlers.ofInputStream()),
            request.path());
  }

  private static HttpRequest.Builder builder(String base, Request request) {
    var builder =
        HttpRequest.newBuilder(URI.create(base + request.path())).timeout(Duration.ofSeconds(30));
    request.headers().forEach(builder::header);
    var body =
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
    if (request.body() != null) {
      builder.header("Content-Type", "application/json");
    }
    return builder.method(request.operation().method(), body);
  }

  /** Sends and reads the body, except of an event stream, which would never end. */
  static Answer send(HttpClient http, HttpRequest.Builder builder) {
    var request = builder.build();
    try {
      return read(http.send(request, HttpResponse.BodyHandlers.ofInputStream()), request.uri());
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Answer read(HttpResponse<InputStream> response, Object target) {
    try (InputStream body = response.body()) {
      var type = response.headers().firstValue("Content-Type").orElse("");
      var text =
          type.startsWith("text/event-stream")
              ? ""
              : new String(body.readAllBytes(), StandardCharsets.UTF_8);
      return new Answer(response.statusCode(), text);
    } catch (IOException e) {
      throw new IllegalStateException("could not read the answer of " + target, e);
    }
  }
}
