package io.purser.console.queue;

import io.purser.console.booking.ApprovalsController;
import io.purser.console.booking.MailboxController;
import io.purser.console.conversation.ConversationPageController;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.routing.RoutingManagement;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the top bar of a signed-in agent's page shows besides their name: their presence switch and,
 * for supervisors, the way to the supervisor view. Every page an agent loads also counts as
 * activity, which keeps routing from marking them away.
 */
@ControllerAdvice(
    assignableTypes = {
      QueueController.class,
      ConversationPageController.class,
      SupervisorController.class,
      SearchController.class,
      MailboxController.class,
      ApprovalsController.class
    })
class AgentHeader {

  static final List<String> PRESENCES = List.of("available", "busy", "away", "offline");

  private final RoutingManagement routing;

  AgentHeader(RoutingManagement routing) {
    this.routing = routing;
  }

  @ModelAttribute("presence")
  String presence(PurserPrincipal caller) {
    if (caller.userId() == null) {
      return null;
    }
    routing.touch(caller.workspaceId(), caller.userId());
    return routing.presence(caller.workspaceId(), caller.userId()).orElse(null);
  }

  @ModelAttribute("presences")
  List<String> presences() {
    return PRESENCES;
  }

  @ModelAttribute("supervisor")
  boolean supervisor(PurserPrincipal caller) {
    return caller.can(Role.SUPERVISOR);
  }
}
