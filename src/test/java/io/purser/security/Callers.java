package io.purser.security;

import io.purser.security.SampleRequests.Request;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/** Who the isolation suite calls as: an API token, or a signed-in console session. */
final class Callers {

  private static final Pattern META =
      Pattern.compile("<meta name=\"(_csrf(?:_header)?)\" content=\"([^\"]+)\"");

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
  static Caller console(String base, String username, String password) {
    var http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    var form = csrf(http, base + "/login");
    var login =
        send(
            http,
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + username + "&password=" + password + "&_csrf=" + form[1])));
    if (login.status() != 302) {
      throw new IllegalStateException("could not sign in as " + username + ": " + login);
    }
    var page = csrf(http, base + "/console");
    return request -> {
      var builder = builder(base, request).header(page[0], page[1]);
      return send(http, builder);
    };
  }

  /** The CSRF header name and token of a page (the login form has the token as a field). */
  private static String[] csrf(HttpClient http, String url) {
    var page = send(http, HttpRequest.newBuilder(URI.create(url)).GET()).body();
    var field = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    if (field.find()) {
      return new String[] {"X-CSRF-TOKEN", field.group(1)};
    }
    var meta = META.matcher(page);
    String token = null;
    String header = "X-CSRF-TOKEN";
    while (meta.find()) {
      if (meta.group(1).equals("_csrf")) {
        token = meta.group(2);
      } else {
        header = meta.group(2);
      }
    }
    if (token == null) {
      throw new IllegalStateException("no CSRF token on " + url);
    }
    return new String[] {header, token};
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
    try {
      var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        var type = response.headers().firstValue("Content-Type").orElse("");
        var text =
            type.startsWith("text/event-stream")
                ? ""
                : new String(body.readAllBytes(), StandardCharsets.UTF_8);
        return new Answer(response.statusCode(), text);
      }
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + builder.build().uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
