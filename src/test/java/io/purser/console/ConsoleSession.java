package io.purser.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in console session over plain HTTP (form login, then the CSRF token of the console's
 * pages on every form post, as htmx sends it), for tests that need no browser.
 */
final class ConsoleSession {

  private static final Pattern LOGIN_CSRF =
      Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern META =
      Pattern.compile("<meta name=\"(_csrf(?:_header)?)\" content=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String csrfHeader;
  private String csrfToken;

  private ConsoleSession(int port) {
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** Signs in as a user whose password is {@code secret-password}. */
  static ConsoleSession signIn(int port, String username) {
    var session = new ConsoleSession(port);
    var login = LOGIN_CSRF.matcher(session.get("/login").body());
    if (!login.find()) {
      throw new IllegalStateException("the login page has no CSRF token");
    }
    session.send(
        HttpRequest.newBuilder(URI.create(session.base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    form(
                        Map.of(
                            "username",
                            username,
                            "password",
                            "secret-password",
                            "_csrf",
                            login.group(1)))))
            .build());
    var page = session.get("/console");
    var meta = META.matcher(page.body());
    while (meta.find()) {
      if (meta.group(1).equals("_csrf")) {
        session.csrfToken = meta.group(2);
      } else {
        session.csrfHeader = meta.group(2);
      }
    }
    if (session.csrfToken == null || session.csrfHeader == null) {
      throw new IllegalStateException("not signed in as " + username + ": " + page.body());
    }
    return session;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).build());
  }

  /** A form post as htmx makes it from a console page. */
  HttpResponse<String> post(String path, Map<String, String> fields) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("HX-Request", "true")
            .header(csrfHeader, csrfToken)
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
            .build());
  }

  /** The session cookie, for a client that speaks HTTP by hand. */
  String cookieHeader() {
    return cookies.getCookieStore().get(URI.create(base)).stream()
        .map(HttpCookie::toString)
        .collect(Collectors.joining("; "));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            f ->
                URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
