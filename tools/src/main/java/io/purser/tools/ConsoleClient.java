package io.purser.tools;

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
 * A browser's part of the console over plain HTTP: form login, then timed page requests; or, with a
 * bearer token, an API client timed the same way.
 */
final class ConsoleClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final String token;
  private final HttpClient http;

  ConsoleClient(String base) {
    this(base, null);
  }

  /** A client of the API that sends {@code token} with every request. */
  ConsoleClient(String base, String token) {
    this.base = base;
    this.token = token;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  void signIn(String workspace, String username, String password)
      throws IOException, InterruptedException {
    var page = get("/login");
    var token = CSRF.matcher(page.body());
    if (!token.find()) {
      throw new IllegalStateException("the login page carries no CSRF token");
    }
    var form =
        "workspace="
            + encode(workspace)
            + "&username="
            + encode(username)
            + "&password="
            + encode(password)
            + "&_csrf="
            + encode(token.group(1));
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    var location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + location);
    }
  }

  /** Requests a page and returns how long it took, in nanoseconds; anything but 200 fails. */
  long time(String path) throws IOException, InterruptedException {
    long start = System.nanoTime();
    var response = get(path);
    long took = System.nanoTime() - start;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return took;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Reads a response as it streams, without keeping it; answers its lines and the nanoseconds from
   * the request to the last byte. Anything but 200 fails.
   */
  long[] lines(String path) throws IOException, InterruptedException {
    long start = System.nanoTime();
    var response = http.send(request(path), HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    long lines = 0;
    try (var in = response.body()) {
      var buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int k = 0; k < n; k++) {
          lines += buffer[k] == '\n' ? 1 : 0;
        }
      }
    }
    return new long[] {lines, System.nanoTime() - start};
  }

  private HttpRequest request(String path) {
    var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.build();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
