package io.purser.console;

import io.purser.console.booking.ActionForbidden;
import io.purser.console.booking.BookingNotFound;
import io.purser.console.booking.BookingPanelController;
import io.purser.console.conversation.ConversationActionsController;
import io.purser.console.conversation.ConversationPageController;
import io.purser.console.conversation.WorkActionsController;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows the console's own "not found" page, so a browser gets a page in the agent's language rather
 * than the API's problem details. Another workspace's conversation is "not found" too: the page
 * must not tell that it exists.
 */
@ControllerAdvice(
    assignableTypes = {
      ConversationPageController.class,
      ConversationActionsController.class,
      BookingPanelController.class,
      WorkActionsController.class
    })
class ConsoleErrors {

  private final ConsoleModel model;

  ConsoleErrors(ConsoleModel model) {
    this.model = model;
  }

  @ExceptionHandler({
    ConversationNotFound.class,
    BookingNotFound.class,
    MethodArgumentTypeMismatchException.class
  })
  ModelAndView notFound(HttpServletRequest request) {
    var page = new ModelAndView("console/not-found", HttpStatus.NOT_FOUND);
    // Model attribute methods do not run for error views; the top bar still names the agent.
    page.addObject(ConsoleModel.AGENT_NAME, model.agentName(request.getUserPrincipal()));
    return page;
  }

  /** The booking panel, saying why the agent's role does not allow the action (403). */
  @ExceptionHandler(ActionForbidden.class)
  ModelAndView forbidden(ActionForbidden refused, HttpServletRequest request) {
    var page = new ModelAndView(BookingPanelController.FRAGMENT, HttpStatus.FORBIDDEN);
    page.addObject("panel", refused.panel());
    page.addObject("conversationId", conversationId(request));
    page.addObject(ConsoleModel.AGENT_NAME, model.agentName(request.getUserPrincipal()));
    return page;
  }

  private static Object conversationId(HttpServletRequest request) {
    var variables =
        (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return variables == null ? null : Long.valueOf(String.valueOf(variables.get("id")));
  }
}
