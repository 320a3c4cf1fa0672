package io.purser.console;

import io.purser.identity.PurserPrincipal;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The conversation list: the whole page, and the fragment htmx swaps in when something changes. */
@Controller
class QueueController {

  private final Queue queue;

  QueueController(Queue queue) {
    this.queue = queue;
  }

  @GetMapping("/console")
  String page(
      PurserPrincipal caller,
      @RequestParam(defaultValue = "all") String status,
      @RequestParam(required = false) Instant before,
      @RequestParam(defaultValue = "0") long beforeId,
      Model model) {
    model.addAttribute("queue", page(caller, status, before, beforeId));
    return "console/queue";
  }

  @GetMapping("/console/queue")
  String fragment(
      PurserPrincipal caller,
      @RequestParam(defaultValue = "all") String status,
      @RequestParam(required = false) Instant before,
      @RequestParam(defaultValue = "0") long beforeId,
      Model model) {
    model.addAttribute("queue", page(caller, status, before, beforeId));
    return "console/queue :: queue";
  }

  private QueuePage page(PurserPrincipal caller, String status, Instant before, long beforeId) {
    var cursor = before == null ? null : new QueuePage.Cursor(before, beforeId);
    return queue.page(caller.workspaceId(), QueueFilter.fromWireName(status), cursor);
  }
}
