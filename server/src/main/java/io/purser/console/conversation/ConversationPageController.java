package io.purser.console.conversation;

import io.purser.assist.model.ModelAnswer;
import io.purser.console.ConversationNotFound;
import io.purser.identity.PurserPrincipal;
import io.purser.triage.Category;
import io.purser.triage.Intent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One conversation: the whole page, the live parts htmx swaps in when something changes (never the
 * forms, so typing is never disturbed), saved replies and the checks made while the agent types.
 */
@Controller
public class ConversationPageController {

  private static final Logger log = LoggerFactory.getLogger(ConversationPageController.class);

  static final List<String> INTENTS = Arrays.stream(Intent.values()).map(Intent::wireName).toList();
  static final List<String> CATEGORIES =
      Arrays.stream(Category.values()).map(Category::wireName).toList();

  private final ConversationScreens screens;
  private final WorkPanels work;
  private final ReplyHelpers helpers;
  private final io.purser.routing.RoutingManagement routing;
  private final AssistHints assist;

  ConversationPageController(
      ConversationScreens screens,
      WorkPanels work,
      ReplyHelpers helpers,
      io.purser.routing.RoutingManagement routing,
      AssistHints assist) {
    this.screens = screens;
    this.work = work;
    this.helpers = helpers;
    this.routing = routing;
    this.assist = assist;
  }

  /**
   * An agent over their capacity (a take over they chose) is told so on every render of the work
   * panel, not only in the answer to the take over, which the next live refresh replaced.
   */
  private void pastCapacity(PurserPrincipal caller, Model model) {
    if (caller.userId() != null) {
      routing
          .agent(caller.workspaceId(), caller.userId())
          .filter(me -> me.open() > me.capacity())
          .ifPresent(me -> model.addAttribute("pastCapacity", List.of(me.open(), me.capacity())));
    }
  }

  @GetMapping("/console/conversations/{id}")
  String page(PurserPrincipal caller, @PathVariable long id, Model model) {
    var screen = withWorkPanel(caller, id, model);
    model.addAttribute("draft", ReplyDraft.empty(screen.reply()));
    model.addAttribute("signatureLine", helpers.signatureLine(caller));
    labels(model);
    return "console/conversation";
  }

  /** The header and timeline only: the reply form is left alone, so typing is never disturbed. */
  @GetMapping("/console/conversations/{id}/live")
  String live(PurserPrincipal caller, @PathVariable long id, Model model) {
    model.addAttribute("screen", screen(caller, id));
    labels(model);
    return "console/conversation :: live";
  }

  /** Owner, priority, SLA, tags and notes: swapped live, the note and tag forms stay. */
  @GetMapping("/console/conversations/{id}/work")
  String work(PurserPrincipal caller, @PathVariable long id, Model model) {
    withWorkPanel(caller, id, model);
    return "console/conversation :: work";
  }

  @GetMapping("/console/conversations/{id}/saved-replies")
  String savedReplies(
      PurserPrincipal caller,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String q,
      Model model) {
    model.addAttribute("savedReplies", helpers.savedReplies(caller, screen(caller, id), q));
    return "console/conversation :: saved-replies";
  }

  /** Up to three replies drawn from solved conversations, each with why; loaded after the page. */
  @GetMapping("/console/conversations/{id}/suggestions")
  String suggestions(PurserPrincipal caller, @PathVariable long id, Model model) {
    model.addAttribute("suggestions", helpers.suggestions(caller, screen(caller, id)));
    model.addAttribute("conversationId", id);
    return "console/conversation :: suggestions";
  }

  /**
   * A draft from the workspace's external model, shown labelled beside the reply box for the agent
   * to take and edit; never sent. Only when the workspace enabled a model.
   */
  @PostMapping("/console/conversations/{id}/draft")
  String modelDraft(
      PurserPrincipal caller,
      @PathVariable long id,
      @RequestParam(defaultValue = "public") String visibility,
      Model model) {
    var screen = screen(caller, id);
    model.addAttribute("conversationId", id);
    var answer =
        assist.draft(
            caller.workspaceId(), screen, helpers.brand(caller), "public".equals(visibility));
    if (answer instanceof ModelAnswer.Drafted drafted) {
      model.addAttribute("modelDraft", drafted.draft());
    } else if (answer instanceof ModelAnswer.Failed failed) {
      log.info("No draft from workspace {}'s model: {}", caller.workspaceId(), failed.detail());
      model.addAttribute("modelProblem", failed.problem().code());
    }
    return "console/conversation :: model-draft";
  }

  /**
   * Checks the draft while the agent types: personal data a public reply would show, and its tone
   * (blame, argument, capitals, a missing apology, a promise the policy does not allow).
   */
  @PostMapping("/console/conversations/{id}/reply-check")
  String replyCheck(
      PurserPrincipal caller,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String text,
      @RequestParam(defaultValue = "public") String visibility,
      @RequestParam(defaultValue = "false") boolean sign,
      Model model,
      Locale locale) {
    // The conversation is looked up whatever the visibility: another workspace's id is not found.
    var screen = screen(caller, id);
    boolean isPublic = "public".equals(visibility);
    var exposed = isPublic ? helpers.publicPersonalData(text, screen) : List.<String>of();
    model.addAttribute("exposed", exposed);
    var signature = sign ? helpers.signatureLine(caller) : null;
    model.addAttribute(
        "toneHints", assist.tone(caller.workspaceId(), screen, text, isPublic, signature, locale));
    return "console/conversation :: reply-warnings";
  }

  /** The screen with its work panel, on the whole page and in the panel's own refresh alike. */
  private ConversationScreen withWorkPanel(PurserPrincipal caller, long id, Model model) {
    var screen = screen(caller, id);
    model.addAttribute("screen", screen);
    model.addAttribute("work", work.of(caller, id));
    pastCapacity(caller, model);
    model.addAttribute("conversationId", id);
    return screen;
  }

  /** What an agent may set triage's intent and category to, wherever the timeline is shown. */
  private static void labels(Model model) {
    model.addAttribute("intents", INTENTS);
    model.addAttribute("categories", CATEGORIES);
  }

  private ConversationScreen screen(PurserPrincipal caller, long id) {
    return screens.find(caller.workspaceId(), id).orElseThrow(() -> new ConversationNotFound(id));
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
