package io.purser.console.queue;

import io.purser.conversation.ConversationSearch;
import io.purser.identity.PurserPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search across the workspace's conversations: customer name, {@code @handle}, {@code #tag}, or
 * words of a message (a record locator, a flight number).
 */
@Controller
class SearchController {

  static final int RESULTS = 50;

  private final ConversationSearch search;

  SearchController(ConversationSearch search) {
    this.search = search;
  }

  @GetMapping("/console/search")
  String search(PurserPrincipal caller, @RequestParam(defaultValue = "") String q, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("hits", search.search(caller.workspaceId(), q, RESULTS));
    return "console/search";
  }
}
