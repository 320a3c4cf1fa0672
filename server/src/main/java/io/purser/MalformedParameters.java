package io.purser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 a request whose query or form parameters cannot be decoded (bytes that are not
 * UTF-8 behind a percent sign, a broken escape) or hold a NUL character, which PostgreSQL cannot
 * store in text. Tomcat throws when such parameters are first read, which happens deep in Spring
 * Security or Spring MVC, and the request then ended as a 500 (found by {@code ApiFuzzIT}). Reading
 * them here first turns it into the client's error it is. Webhook deliveries are left alone: their
 * doors read only the body, and must not pay for this.
 *
 * <p>It runs just after Spring Boot's character encoding filter (which has the highest precedence):
 * the first read of the parameters fixes their charset, and a form post from a browser names none,
 * so read any earlier its body was decoded as ISO-8859-1, and a password, note or reply with an "é"
 * arrived garbled.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedParameters extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/webhooks/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      if (hasNul(request.getParameterMap())) {
        refuse(request, response);
        return;
      }
    } catch (InvalidParameterException malformed) {
      refuse(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** PostgreSQL cannot store a NUL character in text; no parameter of Purser needs one. */
  private static boolean hasNul(java.util.Map<String, String[]> parameters) {
    for (var entry : parameters.entrySet()) {
      if (entry.getKey().indexOf('\0') >= 0) {
        return true;
      }
      for (var value : entry.getValue()) {
        if (value.indexOf('\0') >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var body =
        ("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"A request parameter is not valid UTF-8, not correctly"
                + " percent-encoded, or holds a NUL character\",\"instance\":\"%s\"}")
            .formatted(request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\""))
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
