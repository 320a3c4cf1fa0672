package io.purser.console.queue;

import io.purser.identity.PurserPrincipal;
import io.purser.routing.QueueView;
import io.purser.routing.RoutingManagement;
import io.purser.routing.domain.Presence;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The agent's own presence switch in the top bar. Going away or offline hands the agent's
 * conversations back to the queue, so it is never silent: while they own any, the switch first
 * asks, listing them, and lets them keep some (the one they are typing in comes ticked).
 */
@Controller
class PresenceController {

  private final RoutingManagement routing;
  private final Queue queue;

  PresenceController(RoutingManagement routing, Queue queue) {
    this.routing = routing;
    this.queue = queue;
  }

  /** The switch as it stands: what "Stay" in the confirmation goes back to. */
  @GetMapping("/console/presence")
  String show(PurserPrincipal caller, Model model) {
    var presence = routing.presence(caller.workspaceId(), requireUser(caller));
    model.addAttribute("presence", presence.orElseThrow(() -> notFound()));
    model.addAttribute("presences", AgentHeader.PRESENCES);
    return "fragments/layout :: presence";
  }

  /**
   * Sets the presence. Away or offline with conversations to hand back and not yet {@code
   * confirmed}: answers the confirmation instead, presence unchanged.
   *
   * @param keep the conversations to keep while away (only the agent's own are kept)
   * @param drafting the conversation whose reply box holds an unsent text on the agent's page
   */
  @PostMapping("/console/presence")
  String set(
      PurserPrincipal caller,
      @RequestParam String presence,
      @RequestParam(defaultValue = "false") boolean confirmed,
      @RequestParam(required = false) List<Long> keep,
      @RequestParam(required = false) Long drafting,
      Model model) {
    var wanted = parse(presence);
    long userId = requireUser(caller);
    long ws = caller.workspaceId();
    var before = routing.agent(ws, userId).orElseThrow(() -> notFound());
    if (wanted.redistributesOpenWork() && !confirmed && before.open() > 0) {
      var mine = queue.page(ws, userId, QueueView.MINE, 0);
      model.addAttribute("presence", before.presence());
      model.addAttribute("presences", AgentHeader.PRESENCES);
      model.addAttribute("goingTo", presence);
      model.addAttribute("owned", mine.rows());
      model.addAttribute("ownedCount", before.open());
      model.addAttribute("drafting", drafting);
      return "fragments/layout :: presence-confirm";
    }
    var kept = keep == null ? Set.<Long>of() : Set.copyOf(keep);
    var after =
        routing
            .setPresence(ws, userId, wanted, "set by the agent", kept)
            .orElseThrow(() -> notFound());
    model.addAttribute("presence", after.presence());
    model.addAttribute("presences", AgentHeader.PRESENCES);
    model.addAttribute("presenceSaved", true);
    if (wanted.redistributesOpenWork() && before.open() > 0) {
      model.addAttribute("handedBack", List.of(before.open() - after.open(), after.open()));
    }
    return "fragments/layout :: presence";
  }

  private static Presence parse(String presence) {
    return Arrays.stream(Presence.values())
        .filter(p -> p.name().toLowerCase(Locale.ROOT).equals(presence))
        .findFirst()
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "presence must be one of " + String.join(", ", AgentHeader.PRESENCES)));
  }

  private static long requireUser(PurserPrincipal caller) {
    if (caller.userId() == null) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return caller.userId();
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "You are not an agent here");
  }
}
