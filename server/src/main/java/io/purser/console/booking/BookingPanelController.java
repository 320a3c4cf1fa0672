package io.purser.console.booking;

import io.purser.airline.domain.ChangeReason;
import io.purser.console.ConversationNotFound;
import io.purser.conversation.ConversationManagement;
import io.purser.identity.PurserPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The booking panel beside a conversation (htmx fragments): open the booking of a record locator,
 * rebook onto an alternative with a seat preference, pick a seat on the map, and — for a supervisor
 * — approve or reject a change beyond what agents may do.
 */
@Controller
public class BookingPanelController {

  public static final String FRAGMENT = "console/booking :: panel";

  /**
   * The change a review or a rebook form names: the booking, its segment and the flight to move it
   * to, the seat wanted and the reason picked (null: the segment's own).
   */
  record ChangeForm(
      @NotNull String locator,
      String lastName,
      @NotNull String segmentId,
      @NotNull String flightNumber,
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      String seatPreference,
      ChangeReason reason) {

    BookingPanels.Rebook rebook(boolean approval, String key, String identityCheck) {
      return new BookingPanels.Rebook(
          new BookingPanels.Asked(locator, lastName),
          segmentId,
          flightNumber,
          date,
          seatPreference == null ? "" : seatPreference,
          approval,
          key,
          reason,
          identityCheck);
    }
  }

  private final BookingPanels panels;
  private final RebookReviews reviews;
  private final ConversationManagement conversations;

  BookingPanelController(
      BookingPanels panels, RebookReviews reviews, ConversationManagement conversations) {
    this.panels = panels;
    this.reviews = reviews;
    this.conversations = conversations;
  }

  @GetMapping("/console/conversations/{id}/booking")
  String panel(
      PurserPrincipal caller,
      @PathVariable long id,
      @RequestParam(required = false) String locator,
      @RequestParam(required = false) String lastName,
      @RequestParam(required = false) String seats,
      Model model) {
    var asked = new BookingPanels.Asked(blankToNull(locator), lastName);
    return show(model, id, panels.show(caller, known(caller, id), asked, seats));
  }

  /** The change the agent clicked, shown for confirmation (nothing changes yet). */
  @PostMapping("/console/conversations/{id}/booking/review")
  String review(
      PurserPrincipal caller, @PathVariable long id, @Valid ChangeForm change, Model model) {
    var asked = change.rebook(false, null, null);
    return show(model, id, reviews.review(caller, known(caller, id), asked));
  }

  @PostMapping("/console/conversations/{id}/booking/rebook")
  String rebook(
      PurserPrincipal caller,
      @PathVariable long id,
      @Valid ChangeForm change,
      @RequestParam(defaultValue = "false") boolean approval,
      @RequestParam(required = false) String identityCheck,
      @RequestParam String key,
      Model model) {
    var asked = change.rebook(approval, key, identityCheck);
    return show(model, id, panels.rebook(caller, known(caller, id), asked));
  }

  @PostMapping("/console/conversations/{id}/booking/seat")
  String seat(
      PurserPrincipal caller,
      @PathVariable long id,
      @RequestParam String locator,
      @RequestParam(required = false) String lastName,
      @RequestParam String segmentId,
      @RequestParam String passengerId,
      @RequestParam String seat,
      @RequestParam String key,
      Model model) {
    var asked = new BookingPanels.Asked(locator, lastName);
    return show(
        model,
        id,
        panels.seat(caller, known(caller, id), asked, segmentId, passengerId, seat, key));
  }

  /** Sends the booking's confirmation e-mail again (audited, at most every two minutes). */
  @PostMapping("/console/conversations/{id}/booking/confirmation")
  String resend(
      PurserPrincipal caller,
      @PathVariable long id,
      @RequestParam String locator,
      @RequestParam(required = false) String lastName,
      @RequestParam String key,
      Model model) {
    var asked = new BookingPanels.Asked(locator, lastName);
    return show(model, id, panels.resend(caller, known(caller, id), asked, key));
  }

  @PostMapping("/console/conversations/{id}/booking/actions/{action}/{decision:approve|reject}")
  String decide(
      PurserPrincipal caller,
      @PathVariable long id,
      @PathVariable long action,
      @PathVariable String decision,
      @RequestParam(required = false) String lastName,
      Model model) {
    var asked = new BookingPanels.Asked(null, lastName);
    return show(
        model,
        id,
        panels.decide(caller, known(caller, id), asked, action, "approve".equals(decision)));
  }

  private long known(PurserPrincipal caller, long id) {
    conversations.find(caller.workspaceId(), id).orElseThrow(() -> new ConversationNotFound(id));
    return id;
  }

  private static String show(Model model, long id, BookingPanel panel) {
    model.addAttribute("panel", panel);
    model.addAttribute("conversationId", id);
    return FRAGMENT;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
