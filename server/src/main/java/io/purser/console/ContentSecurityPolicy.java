package io.purser.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A second wall behind {@code th:text}: customer text is untrusted, so console pages run only our
 * own scripts and styles, load nothing from elsewhere, and cannot be framed. This is why the
 * console uses plain scripts and htmx without eval rather than Alpine's standard build, which needs
 * {@code 'unsafe-eval'}.
 */
class ContentSecurityPolicy implements HandlerInterceptor {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none';"
          + " object-src 'none'";

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("Referrer-Policy", "same-origin");
    return true;
  }
}
