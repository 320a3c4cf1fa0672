package io.purser.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console without a browser, the one way tests sign in over plain HTTP: the login form (its
 * workspace, user name, password and CSRF field), then pages and posts in the session it got. Posts
 * go as htmx sends them from a console page, with {@code HX-Request} and the page's CSRF header.
 * Redirects are not followed, so a test sees where it is sent.
 */
public final class ConsoleSession {

  private static final Pattern LOGIN_CSRF =
      Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern META =
      Pattern.compile("<meta name=\"(_csrf(?:_header)?)\" content=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies;
  private final HttpClient http;
  private String csrfHeader;
  private String csrfToken;

  public ConsoleSession(int port) {
    this.base = "http://localhost:" + port;
    this.cookies = new CookieManager();
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  private ConsoleSession(ConsoleSession same, int port) {
    this.base = "http://localhost:" + port;
    this.cookies = same.cookies;
    this.http = same.http;
    this.csrfHeader = same.csrfHeader;
    this.csrfToken = same.csrfToken;
  }

  /**
   * The same browser (its cookies and the CSRF token of the page it last loaded) talking to the
   * server on another port: another node behind the same load balancer.
   */
  public ConsoleSession at(int port) {
    return new ConsoleSession(this, port);
  }

  /** A session signed in to the workspace, or an exception saying why it is not. */
  public static ConsoleSession signedIn(
      int port, String workspace, String username, String password) {
    var session = new ConsoleSession(port);
    var landed = session.signIn(workspace, username, password);
    if (!landed.equals("/console")) {
      throw new IllegalStateException(
          "not signed in as " + username + " of " + workspace + ": sent to " + landed);
    }
    return session;
  }

  /**
   * Submits the login form; answers where it sends the browser: {@code /console} on success, {@code
   * /login?error…} or {@code /login?throttled…} otherwise. A blank workspace means the server's
   * default one ({@code purser.login.default-workspace}).
   */
  public String signIn(String workspace, String username, String password) {
    var token = LOGIN_CSRF.matcher(get("/login").body());
    if (!token.find()) {
      throw new IllegalStateException("the login form has no CSRF token");
    }
    var fields = new LinkedHashMap<String, String>();
    fields.put("workspace", workspace);
    fields.put("username", username);
    fields.put("password", password);
    fields.put("_csrf", token.group(1));
    var answer = send(formPost("/login", form(fields)));
    var location = answer.headers().firstValue("Location").orElse("").replace(base, "");
    if (location.equals("/console")) {
      readCsrf(get("/console").body());
    }
    return location;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A form post as htmx makes it from a console page. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    return post(path, form(fields));
  }

  /** A form post as htmx makes it from a console page, its fields already encoded. */
  public HttpResponse<String> post(String path, String encodedFields) {
    return send(withCsrf(formPost(path, encodedFields).header("HX-Request", "true")));
  }

  /**
   * Any request in the session, with the CSRF header a console page's script adds: for callers that
   * build requests of their own (other methods, JSON bodies, event streams).
   */
  public <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> bodyHandler) {
    var built = withCsrf(request).build();
    try {
      return http.send(built, bodyHandler);
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + built.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The session cookie, for a client that speaks HTTP by hand. */
  public String cookieHeader() {
    return cookies.getCookieStore().get(URI.create(base)).stream()
        .map(HttpCookie::toString)
        .collect(Collectors.joining("; "));
  }

  private void readCsrf(String page) {
    var meta = META.matcher(page);
    while (meta.find()) {
      if (meta.group(1).equals("_csrf")) {
        csrfToken = meta.group(2);
      } else {
        csrfHeader = meta.group(2);
      }
    }
  }

  private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
    // Before sign-in there is no token: the request goes without one, as an attacker's would.
    return csrfHeader == null || csrfToken == null
        ? request
        : request.setHeader(csrfHeader, csrfToken);
  }

  private HttpRequest.Builder formPost(String path, String encodedFields) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encodedFields, StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
