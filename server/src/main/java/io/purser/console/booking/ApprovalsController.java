package io.purser.console.booking;

import io.purser.airline.ActionOutcome;
import io.purser.airline.Actor;
import io.purser.airline.AirlineManagement;
import io.purser.airline.BookingActionView;
import io.purser.conversation.ConversationManagement;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervisors' approvals queue: the workspace's booking actions an agent may not do alone — who
 * asked, why it needs approval, the booking and the change — each approved or rejected with a note.
 * The agent's booking panel shows the outcome live. Supervisors and administrators only.
 */
@Controller
public class ApprovalsController {

  /** A note is a sentence or two for the agent and the audit trail. */
  static final int NOTE_MAX = 500;

  private final AirlineManagement airline;
  private final ConversationManagement conversations;
  private final MessageSource messages;
  private final JsonMapper json;
  private final ActionWords words;

  ApprovalsController(
      AirlineManagement airline,
      ConversationManagement conversations,
      MessageSource messages,
      JsonMapper json,
      ActionWords words) {
    this.airline = airline;
    this.conversations = conversations;
    this.messages = messages;
    this.json = json;
    this.words = words;
  }

  /**
   * One waiting action as the supervisor sees it.
   *
   * @param why why an agent may not do it alone, from the audit trail
   * @param customer the conversation's customer, or null when the conversation is gone
   * @param flight the flight to move to and its day ("DA123 2026-12-08"), or null (a seat)
   * @param reason the change reason the agent picked (CUSTOMER_REQUEST…), or null
   */
  record Approval(
      BookingActionView action, String why, String customer, String flight, String reason) {}

  @GetMapping("/console/approvals")
  String page(PurserPrincipal caller, Model model) {
    fill(caller, model, null, true);
    return "console/approvals";
  }

  @GetMapping("/console/approvals/live")
  String live(PurserPrincipal caller, Model model) {
    fill(caller, model, null, true);
    return "console/approvals :: live";
  }

  @PostMapping("/console/approvals/{action}/{decision:approve|reject}")
  String decide(
      PurserPrincipal caller,
      @PathVariable long action,
      @PathVariable String decision,
      @RequestParam(defaultValue = "") String note,
      Model model) {
    supervisorOnly(caller);
    var text = note.strip();
    if (text.length() > NOTE_MAX) {
      fill(caller, model, text("approvals.noteTooLong", NOTE_MAX), false);
      return "console/approvals :: live";
    }
    var actor = new Actor(caller.userId(), caller.name(), true);
    var why = text.isEmpty() ? null : text;
    boolean approve = "approve".equals(decision);
    var outcome =
        approve
            ? airline.approve(caller.workspaceId(), action, actor, why)
            : airline.reject(
                caller.workspaceId(),
                action,
                actor,
                why == null ? "rejected in the approvals queue" : why);
    if (outcome instanceof ActionOutcome.Refused r && r.status() == 404) {
      // Not this workspace's action, or none: the same answer either way.
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    fill(caller, model, said(action, approve, outcome), outcomeOk(outcome));
    return "console/approvals :: live";
  }

  private String said(long action, boolean approve, ActionOutcome outcome) {
    if (outcome instanceof ActionOutcome.Refused r) {
      return r.status() == 404 ? text("approvals.gone", action) : r.detail();
    }
    if (outcome instanceof ActionOutcome.Failed f) {
      return text("approvals.failed", action, f.action().failedStep(), f.action().error());
    }
    var recorded = (ActionOutcome.Recorded) outcome;
    return approve
        ? text(
            "approvals.approved",
            action,
            text("booking.actionStatus." + recorded.action().status()))
        : text("approvals.rejected", action);
  }

  private static boolean outcomeOk(ActionOutcome outcome) {
    return outcome instanceof ActionOutcome.Recorded;
  }

  private void fill(PurserPrincipal caller, Model model, String outcome, boolean ok) {
    supervisorOnly(caller);
    long ws = caller.workspaceId();
    // People by their names, the airline's words in the agent's language, as in the panel.
    List<Approval> waiting =
        words.shown(ws, airline.pendingApprovals(ws)).stream()
            .map(
                a -> {
                  var asked = json.readTree(a.request());
                  var number = asked.path("flightNumber");
                  var reason = asked.path("reason");
                  return new Approval(
                      a,
                      a.audit().stream()
                          .filter(e -> "approval_requested".equals(e.event()))
                          .map(BookingActionView.AuditEntry::detail)
                          .findFirst()
                          .orElse(null),
                      conversations
                          .find(ws, a.conversationId())
                          .map(c -> c.customerName())
                          .orElse(null),
                      number.isString()
                          ? number.asString() + " " + asked.path("date").asString()
                          : null,
                      reason.isString() ? reason.asString() : null);
                })
            .toList();
    model.addAttribute("approvals", waiting);
    model.addAttribute("outcome", outcome);
    model.addAttribute("outcomeOk", ok);
    model.addAttribute("noteMax", NOTE_MAX);
  }

  private static void supervisorOnly(PurserPrincipal caller) {
    if (!caller.can(Role.SUPERVISOR)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
