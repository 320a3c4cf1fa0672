package io.purser.console.wallboard;

import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The live wallboard, for a workspace's supervisors and administrators: the page, and its live part
 * that the page loads again whenever the console's stream says conversations or agents changed.
 */
@Controller
class WallboardController {

  private final Wallboard wallboard;

  WallboardController(Wallboard wallboard) {
    this.wallboard = wallboard;
  }

  @GetMapping("/console/wallboard")
  String page(PurserPrincipal caller, Model model) {
    fill(caller, model);
    return "console/wallboard";
  }

  @GetMapping("/console/wallboard/live")
  String live(PurserPrincipal caller, Model model) {
    fill(caller, model);
    return "console/wallboard :: live";
  }

  private void fill(PurserPrincipal caller, Model model) {
    if (!caller.can(Role.SUPERVISOR) || caller.userId() == null) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    model.addAttribute("supervisor", true);
    model.addAttribute("splitAtMost", Wallboard.SPLIT_AT_MOST);
    model.addAttribute("board", wallboard.now(caller.workspaceId(), caller.userId()));
  }
}
