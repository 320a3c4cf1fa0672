package io.purser.console.conversation;

import io.purser.airline.ActionOutcome;
import io.purser.airline.Actor;
import io.purser.airline.AirlineManagement;
import io.purser.console.ConversationNotFound;
import io.purser.console.conversation.ConversationPageController.ReplyDraft;
import io.purser.conversation.ConversationManagement;
import io.purser.conversation.ConversationStatus;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.reply.ReplyManagement;
import io.purser.reply.ReplyOutcome;
import io.purser.reply.ReplyTemplate;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** What an agent does to a conversation from its page: reply, set pending or resolved. */
@Controller
public class ConversationActionsController {

  /** Tells the page (through htmx) to refresh its live part at once. */
  static final String REFRESH_TRIGGER = "purser:refresh";

  static final List<Duration> SNOOZES =
      List.of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(24));

  private static final Set<ConversationStatus> AGENT_STATUSES =
      Set.of(ConversationStatus.OPEN, ConversationStatus.PENDING, ConversationStatus.RESOLVED);

  private final ConversationScreens screens;
  private final ReplyManagement replies;
  private final ConversationManagement conversations;
  private final ReplyHelpers helpers;
  private final Clock clock;
  private final AirlineManagement airline;

  ConversationActionsController(
      ConversationScreens screens,
      ReplyManagement replies,
      ConversationManagement conversations,
      ReplyHelpers helpers,
      Clock clock,
      AirlineManagement airline) {
    this.screens = screens;
    this.replies = replies;
    this.conversations = conversations;
    this.helpers = helpers;
    this.clock = clock;
    this.airline = airline;
  }

  @PostMapping("/console/conversations/{id}/replies")
  String reply(
      PurserPrincipal caller,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String text,
      @RequestParam(defaultValue = "public") String visibility,
      @RequestParam String key,
      @RequestParam(defaultValue = "false") boolean takeover,
      @RequestParam(defaultValue = "false") boolean sign,
      @RequestParam(defaultValue = "") String suggestionKey,
      @RequestParam(defaultValue = "") String suggestedText,
      Model model,
      HttpServletResponse response) {
    var draft = new ReplyDraft(text, visibility, key);
    var signatureLine = helpers.signatureLine(caller);
    model.addAttribute("signatureLine", signatureLine);
    var sent = sign ? ReplyTemplate.signed(text, signatureLine) : text;
    var outcome =
        replies.reply(toReplyDraft(caller, id, new ReplyDraft(sent, visibility, key), takeover));
    var screen = screens.find(caller.workspaceId(), id);
    if (outcome instanceof ReplyOutcome.NotFound || screen.isEmpty()) {
      throw new ConversationNotFound(id);
    }
    model.addAttribute("screen", screen.get());
    if (outcome instanceof ReplyOutcome.Refused refused) {
      model.addAttribute("draft", draft);
      model.addAttribute("refusal", refused.reason());
    } else if (outcome instanceof ReplyOutcome.Conflict conflict) {
      // Someone else owns the conversation: keep the text and offer to take it over.
      model.addAttribute("draft", draft);
      model.addAttribute("ownedBy", conflict.ownerName());
    } else {
      model.addAttribute("draft", ReplyDraft.empty(screen.get().reply()));
      model.addAttribute("sent", true);
      helpers.recordChoice(caller, id, suggestionKey, suggestedText, text);
      response.setHeader("HX-Trigger", REFRESH_TRIGGER);
    }
    return "console/conversation :: reply-form";
  }

  @PostMapping("/console/conversations/{id}/status")
  String changeStatus(
      PurserPrincipal caller, @PathVariable long id, @RequestParam String status, Model model) {
    var wanted =
        AGENT_STATUSES.stream()
            .filter(s -> s.wireName().equals(status))
            .findFirst()
            .orElseThrow(() -> new ConversationNotFound(id));
    conversations
        .changeStatus(caller.workspaceId(), id, wanted, "set by " + caller.name())
        .orElseThrow(() -> new ConversationNotFound(id));
    return live(caller, id, wanted, model);
  }

  /** Pending until a time (1, 4 or 24 hours from now), then open again by itself. */
  @PostMapping("/console/conversations/{id}/snooze")
  String snooze(
      PurserPrincipal caller, @PathVariable long id, @RequestParam int hours, Model model) {
    var length =
        SNOOZES.stream()
            .filter(d -> d.toHours() == hours)
            .findFirst()
            .orElseThrow(() -> new ConversationNotFound(id));
    conversations
        .snooze(
            caller.workspaceId(), id, clock.instant().plus(length), "snoozed by " + caller.name())
        .orElseThrow(() -> new ConversationNotFound(id));
    return live(caller, id, ConversationStatus.PENDING, model);
  }

  /** Hides a customer's public comment that shows personal data (Facebook and Instagram). */
  @PostMapping("/console/conversations/{id}/messages/{message}/hide")
  String hide(
      PurserPrincipal caller, @PathVariable long id, @PathVariable long message, Model model) {
    var outcome = conversations.requestHide(caller.workspaceId(), message, caller.name());
    if (outcome == ConversationManagement.HideRequest.NOT_FOUND) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No message " + message);
    }
    model.addAttribute("privacyNotice", "privacy.hide." + outcome.name());
    return live(caller, id, model);
  }

  /**
   * Sends again a reply whose delivery Purser could not establish: the agent checked the network
   * and decided (the button asks first). Never done without them.
   */
  @PostMapping("/console/conversations/{id}/messages/{message}/send-again")
  String sendAgain(
      PurserPrincipal caller, @PathVariable long id, @PathVariable long message, Model model) {
    var outcome = replies.sendAgain(caller.workspaceId(), id, message);
    if (outcome == ReplyManagement.SendAgainOutcome.NOT_FOUND) {
      // Another workspace's message, or one of another conversation: as if it did not exist.
      throw new ConversationNotFound(id);
    }
    model.addAttribute("deliveryNotice", "delivery.sendAgain." + outcome.name());
    return live(caller, id, model);
  }

  /**
   * Answers the public message with an invitation to continue in private (on X a link that opens a
   * direct message to the brand; on Facebook and Instagram a private reply to the comment).
   */
  @PostMapping("/console/conversations/{id}/move-private")
  String movePrivate(
      PurserPrincipal caller, @PathVariable long id, @RequestParam String key, Model model) {
    var outcome =
        airline.movePrivate(
            caller.workspaceId(),
            id,
            new Actor(caller.userId(), caller.name(), caller.can(Role.SUPERVISOR)),
            key,
            null);
    model.addAttribute(
        "privacyNotice",
        outcome instanceof ActionOutcome.Refused refused
            ? "privacy.move.refused." + refused.status()
            : "privacy.move.done");
    return live(caller, id, model);
  }

  private String live(PurserPrincipal caller, long id, Model model) {
    var screen =
        screens.find(caller.workspaceId(), id).orElseThrow(() -> new ConversationNotFound(id));
    model.addAttribute("intents", ConversationPageController.INTENTS);
    model.addAttribute("categories", ConversationPageController.CATEGORIES);
    model.addAttribute("screen", screen);
    return "console/conversation :: live";
  }

  private String live(PurserPrincipal caller, long id, ConversationStatus wanted, Model model) {
    var view = live(caller, id, model);
    var screen = (ConversationScreen) model.getAttribute("screen");
    // The lifecycle refuses some moves (a closed conversation stays closed): say so, in words.
    if (!screen.conversation().status().equals(wanted.wireName())) {
      model.addAttribute("statusRefused", wanted.wireName());
    }
    return view;
  }

  private ReplyManagement.Draft toReplyDraft(
      PurserPrincipal caller, long id, ReplyDraft draft, boolean takeOver) {
    var author = helpers.authorName(caller);
    return new ReplyManagement.Draft(
        caller.workspaceId(),
        id,
        draft.text(),
        draft.isPublic(),
        draft.key(),
        caller.userId(),
        author,
        takeOver);
  }
}
