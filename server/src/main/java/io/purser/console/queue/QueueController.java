package io.purser.console.queue;

import io.purser.identity.PurserPrincipal;
import io.purser.routing.QueueView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The queue: the whole page, and the fragment htmx swaps in when something changes. Without a view,
 * everyone lands on My queue (after sign-in too): an agent's own work comes first. Supervisors land
 * there as well: they are agents too (routing pushes them work, which would otherwise go unseen),
 * their page is one click away in the navigation, and All stays one tab away.
 */
@Controller
class QueueController {

  private final Queue queue;

  QueueController(Queue queue) {
    this.queue = queue;
  }

  @GetMapping("/console")
  String page(
      PurserPrincipal caller,
      @RequestParam(defaultValue = "mine") String view,
      @RequestParam(defaultValue = "0") int offset,
      Model model) {
    model.addAttribute("queue", page(caller, view, offset));
    return "console/queue";
  }

  @GetMapping("/console/queue")
  String fragment(
      PurserPrincipal caller,
      @RequestParam(defaultValue = "mine") String view,
      @RequestParam(defaultValue = "0") int offset,
      Model model) {
    model.addAttribute("queue", page(caller, view, offset));
    return "console/queue :: queue";
  }

  private QueuePage page(PurserPrincipal caller, String view, int offset) {
    var chosen = QueueView.fromWireName(view).orElse(QueueView.MINE);
    return queue.page(caller.workspaceId(), userId(caller), chosen, Math.max(0, offset));
  }

  /** Console callers are users; a user token without one sees the views as nobody's. */
  static long userId(PurserPrincipal caller) {
    return caller.userId() == null ? -1 : caller.userId();
  }
}
