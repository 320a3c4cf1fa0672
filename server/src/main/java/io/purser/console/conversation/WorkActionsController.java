package io.purser.console.conversation;

import io.purser.console.ConversationNotFound;
import io.purser.conversation.ConversationManagement;
import io.purser.conversation.ConversationNote;
import io.purser.conversation.TriageCorrection;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.routing.AssignmentOutcome;
import io.purser.routing.RoutingManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an agent does around a conversation besides replying: internal notes, tags, taking it over
 * or giving it back, a supervisor's reassignment, and correcting what triage said about a message.
 */
@Controller
public class WorkActionsController {

  private final ConversationManagement conversations;
  private final RoutingManagement routing;
  private final WorkPanels work;
  private final ReplyHelpers helpers;

  WorkActionsController(
      ConversationManagement conversations,
      RoutingManagement routing,
      WorkPanels work,
      ReplyHelpers helpers) {
    this.conversations = conversations;
    this.routing = routing;
    this.work = work;
    this.helpers = helpers;
  }

  /** Saves a note; one too long comes back in the form, with the error, as 422. */
  @PostMapping("/console/conversations/{id}/notes")
  String addNote(
      PurserPrincipal caller,
      @PathVariable long id,
      @RequestParam String text,
      Model model,
      HttpServletResponse response) {
    var note = text.strip();
    model.addAttribute("conversationId", id);
    if (note.length() > ConversationNote.LONGEST) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("noteText", text);
      model.addAttribute("noteTooLong", note.length());
      model.addAttribute("noteLongest", ConversationNote.LONGEST);
      return "console/conversation :: note-form";
    }
    if (!note.isEmpty()
        && !conversations.addNote(
            caller.workspaceId(), id, caller.userId(), helpers.authorName(caller), note)) {
      throw new ConversationNotFound(id);
    }
    model.addAttribute("noteSaved", !note.isEmpty());
    if (!note.isEmpty()) {
      // The page that wrote the note shows it at once, whether or not its live stream is open yet.
      response.setHeader("HX-Trigger", ConversationActionsController.REFRESH_TRIGGER);
    }
    return "console/conversation :: note-form";
  }

  @PostMapping("/console/conversations/{id}/tags")
  String tag(PurserPrincipal caller, @PathVariable long id, @RequestParam String tag, Model model) {
    if (!tag.isBlank() && !conversations.tag(caller.workspaceId(), id, tag)) {
      throw new ConversationNotFound(id);
    }
    return work(caller, id, model);
  }

  @PostMapping("/console/conversations/{id}/tags/remove")
  String untag(
      PurserPrincipal caller, @PathVariable long id, @RequestParam String tag, Model model) {
    conversations.untag(caller.workspaceId(), id, tag);
    return work(caller, id, model);
  }

  @PostMapping("/console/conversations/{id}/takeover")
  String takeOver(PurserPrincipal caller, @PathVariable long id, Model model) {
    long userId = requireUser(caller);
    var outcome = routing.takeOver(caller.workspaceId(), id, userId);
    if (outcome instanceof AssignmentOutcome.Assigned) {
      // Allowed past capacity (the agent chose it): say what that means for pushed work.
      routing
          .agent(caller.workspaceId(), userId)
          .filter(me -> me.open() > me.capacity())
          .ifPresent(me -> model.addAttribute("pastCapacity", List.of(me.open(), me.capacity())));
    }
    return outcome(caller, id, outcome, model);
  }

  @PostMapping("/console/conversations/{id}/release")
  String release(PurserPrincipal caller, @PathVariable long id, Model model) {
    routing.release(caller.workspaceId(), id, requireUser(caller));
    return work(caller, id, model);
  }

  @PostMapping("/console/conversations/{id}/assignment")
  String reassign(
      PurserPrincipal caller, @PathVariable long id, @RequestParam long agentId, Model model) {
    if (!caller.can(Role.SUPERVISOR)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    var outcome = routing.reassign(caller.workspaceId(), id, agentId);
    return outcome(caller, id, outcome, model);
  }

  /** One correction of a message's triage, kept as a training label. */
  @PostMapping("/console/messages/{id}/triage-correction")
  String correctTriage(
      PurserPrincipal caller,
      @PathVariable long id,
      @RequestParam(required = false) String intent,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) Boolean needsResponse,
      Model model) {
    var correction = new TriageCorrection(blank(intent), blank(category), needsResponse, null);
    if (!ConversationPageController.INTENTS.contains(String.valueOf(correction.intent()))
            && correction.intent() != null
        || !ConversationPageController.CATEGORIES.contains(String.valueOf(correction.category()))
            && correction.category() != null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    if (!conversations.correctTriage(caller.workspaceId(), id, correction, caller.name())) {
      throw new ConversationNotFound(id);
    }
    model.addAttribute("messageId", id);
    return "console/conversation :: correction-saved";
  }

  private String outcome(PurserPrincipal caller, long id, AssignmentOutcome outcome, Model model) {
    if (outcome instanceof AssignmentOutcome.Refused refused && refused.status() == 404) {
      // No such agent (or conversation) in the caller's workspace: answered as not found, as the
      // API does, rather than as a refusal that would tell the id exists elsewhere.
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.reason());
    }
    if (outcome instanceof AssignmentOutcome.Refused refused) {
      model.addAttribute("assignmentRefused", refused.reason());
    }
    return work(caller, id, model);
  }

  private String work(PurserPrincipal caller, long id, Model model) {
    var screen =
        conversations
            .find(caller.workspaceId(), id)
            .orElseThrow(() -> new ConversationNotFound(id));
    model.addAttribute("conversationId", screen.id());
    model.addAttribute("work", work.of(caller, id));
    return "console/conversation :: work";
  }

  private static long requireUser(PurserPrincipal caller) {
    if (caller.userId() == null) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return caller.userId();
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
