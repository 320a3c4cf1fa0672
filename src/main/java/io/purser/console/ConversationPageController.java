package io.purser.console;

import io.purser.identity.PurserPrincipal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One conversation: the whole page, and the live part htmx swaps in when something changes. */
@Controller
class ConversationPageController {

  private final ConversationScreens screens;

  ConversationPageController(ConversationScreens screens) {
    this.screens = screens;
  }

  @GetMapping("/console/conversations/{id}")
  String page(PurserPrincipal caller, @PathVariable long id, Model model) {
    model.addAttribute("screen", screen(caller, id));
    model.addAttribute("draft", ReplyDraft.empty(screenReply(model)));
    return "console/conversation";
  }

  /** The header and timeline only: the reply form is left alone, so typing is never disturbed. */
  @GetMapping("/console/conversations/{id}/live")
  String live(PurserPrincipal caller, @PathVariable long id, Model model) {
    model.addAttribute("screen", screen(caller, id));
    return "console/conversation :: live";
  }

  private ConversationScreen screen(PurserPrincipal caller, long id) {
    return screens.find(caller.workspaceId(), id).orElseThrow(() -> new ConversationNotFound(id));
  }

  private static ConversationScreen.ReplyForm screenReply(Model model) {
    return ((ConversationScreen) model.getAttribute("screen")).reply();
  }

  /**
   * What the reply form holds.
   *
   * @param key the idempotency key of this draft: a double submit sends one reply
   */
  record ReplyDraft(String text, String visibility, String key) {

    static ReplyDraft empty(ConversationScreen.ReplyForm form) {
      return new ReplyDraft("", form.visibility(), UUID.randomUUID().toString());
    }

    public boolean isPublic() {
      return "public".equals(visibility);
    }
  }
}
