package io.purser.console.queue;

import io.purser.identity.PurserPrincipal;
import io.purser.routing.RoutingManagement;
import io.purser.routing.domain.Presence;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The agent's own presence switch in the top bar. */
@Controller
class PresenceController {

  private final RoutingManagement routing;

  PresenceController(RoutingManagement routing) {
    this.routing = routing;
  }

  @PostMapping("/console/presence")
  String set(PurserPrincipal caller, @RequestParam String presence, Model model) {
    var wanted =
        Arrays.stream(Presence.values())
            .filter(p -> p.name().toLowerCase(Locale.ROOT).equals(presence))
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    if (caller.userId() == null) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    var agent =
        routing
            .setPresence(caller.workspaceId(), caller.userId(), wanted, "set by the agent")
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("presence", agent.presence());
    model.addAttribute("presences", AgentHeader.PRESENCES);
    model.addAttribute("presenceSaved", true);
    return "fragments/layout :: presence";
  }
}
