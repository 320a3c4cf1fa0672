package io.purser.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A console client without a browser: the login form (with its CSRF token) and then pages and form
 * posts in the session it got. Redirects are not followed, so a test sees where it is sent.
 */
public final class ConsoleSession {

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private String csrf;

  public ConsoleSession(int port) {
    this.base = "http://localhost:" + port;
  }

  /**
   * Submits the login form; answers where it sends the browser: {@code /console} on success, {@code
   * /login?error…} or {@code /login?throttled…} otherwise.
   */
  public String signIn(String workspace, String username, String password) {
    var form = get("/login");
    var token = CSRF.matcher(form.body());
    if (!token.find()) {
      throw new IllegalStateException("the login form has no CSRF token");
    }
    var fields =
        "workspace="
            + encode(workspace)
            + "&username="
            + encode(username)
            + "&password="
            + encode(password)
            + "&_csrf="
            + encode(token.group(1));
    var answer = post("/login", fields, false);
    var location = answer.headers().firstValue("Location").orElse("");
    if (location.endsWith("/console")) {
      csrf =
          CSRF.matcher(get("/console").body())
              .results()
              .findFirst()
              .map(m -> m.group(1))
              .orElse(null);
    }
    return location.replace(base, "");
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  /** A form post in the session, with its CSRF token, as htmx sends one. */
  public HttpResponse<String> post(String path, String fields) {
    return post(path, fields, true);
  }

  private HttpResponse<String> post(String path, String fields, boolean withCsrf) {
    var body = withCsrf && csrf != null ? fields + "&_csrf=" + encode(csrf) : fields;
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
