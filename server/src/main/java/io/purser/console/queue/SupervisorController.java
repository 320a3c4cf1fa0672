package io.purser.console.queue;

import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.routing.RoutingManagement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The supervisor's view: every agent's presence and load, the waiting queue with its oldest wait,
 * and reassignment. Refreshed live when agents or conversations change.
 */
@Controller
class SupervisorController {

  static final int WAITING_SHOWN = 50;

  private final RoutingManagement routing;
  private final Queue queue;

  SupervisorController(RoutingManagement routing, Queue queue) {
    this.routing = routing;
    this.queue = queue;
  }

  @GetMapping("/console/supervisor")
  String page(PurserPrincipal caller, Model model) {
    fill(caller, model);
    return "console/supervisor";
  }

  @GetMapping("/console/supervisor/live")
  String live(PurserPrincipal caller, Model model) {
    fill(caller, model);
    return "console/supervisor :: live";
  }

  private void fill(PurserPrincipal caller, Model model) {
    if (!caller.can(Role.SUPERVISOR)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    long ws = caller.workspaceId();
    model.addAttribute("agents", routing.agents(ws));
    model.addAttribute("depth", routing.queueDepth(ws));
    model.addAttribute(
        "waiting", queue.unassigned(ws, QueueController.userId(caller), WAITING_SHOWN));
  }
}
