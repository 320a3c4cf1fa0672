package io.purser.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A person's browser gets a console page for an error (404, 403, 400, 405…): the layout, the reason
 * in their language and a way back to the queue, instead of the API's problem details. It answers
 * only page navigations (the request asks for HTML by name, is not an htmx fragment request, and is
 * not under the API, the webhooks or the actuator); everything else keeps its JSON problem details.
 * Errors that reach the servlet container (Spring Security's, unexpected ones) are shown by the
 * same template, {@code error.html}, through Boot's error controller.
 *
 * <p>Ordered before the exception handlers, so Boot's problem-details handler never sees a page
 * navigation; the console's own {@code ConsoleErrors} pages (a conversation or booking not found)
 * are for exceptions that are not {@link ErrorResponse}s and are left to it.
 */
@Component
class ErrorPages implements HandlerExceptionResolver, Ordered {

  static final String VIEW = "error";
  private static final List<String> MACHINE_PATHS = List.of("/api/", "/webhooks/", "/actuator");

  private final ConsoleModel model;

  ErrorPages(ConsoleModel model) {
    this.model = model;
  }

  @Override
  public int getOrder() {
    // After Boot's DefaultErrorAttributes (which only records the error), before the handlers.
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
    if (!(e instanceof ErrorResponse error) || !wantsAPage(request)) {
      return null;
    }
    var status = HttpStatus.resolve(error.getStatusCode().value());
    return page(request, status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status);
  }

  /** The error page for {@code status}, with the top bar naming the signed-in agent. */
  ModelAndView page(HttpServletRequest request, HttpStatus status) {
    var page = new ModelAndView(VIEW, status);
    page.addObject("status", status.value());
    page.addObject(ConsoleModel.AGENT_NAME, model.agentName(request.getUserPrincipal()));
    return page;
  }

  /** A browser navigating to a page of the console (not a script, not a machine). */
  static boolean wantsAPage(HttpServletRequest request) {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    if (MACHINE_PATHS.stream().anyMatch(path::startsWith)
        || request.getHeader("HX-Request") != null) {
      return false;
    }
    var accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html"));
    } catch (InvalidMediaTypeException malformed) {
      return false;
    }
  }
}
