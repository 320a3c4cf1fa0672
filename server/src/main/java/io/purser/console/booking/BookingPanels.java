package io.purser.console.booking;

import io.purser.airline.ActionCall;
import io.purser.airline.ActionOutcome;
import io.purser.airline.ActionRequest;
import io.purser.airline.ActionRequest.SeatChoice;
import io.purser.airline.Actor;
import io.purser.airline.AirlineManagement;
import io.purser.airline.BookingRequest;
import io.purser.airline.domain.ChangeReason;
import io.purser.conversation.ConversationManagement;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Assembles the booking panel and runs the agent's clicks on it through the airline module, with
 * the idempotency key of the panel the agent clicked on.
 */
@Service
class BookingPanels {

  /**
   * What the agent asked to do, read from the panel's form.
   *
   * @param reason the reason the agent picked; null for the segment's own (its disruption, else a
   *     customer request)
   */
  record Rebook(
      Asked asked,
      String segmentId,
      String flightNumber,
      LocalDate date,
      String seatPreference,
      boolean approval,
      String key,
      ChangeReason reason,
      String identityCheck) {}

  /**
   * The booking the agent asked for: a record locator, and the passenger's last name when the
   * customer did not write the locator in the conversation.
   */
  record Asked(String locator, String lastName) {

    static final Asked LATEST = new Asked(null, null);

    Asked {
      lastName = lastName == null || lastName.isBlank() ? null : lastName.strip();
    }
  }

  private final AirlineManagement airline;
  private final ConversationManagement conversations;
  private final BookingPanelViews views;

  BookingPanels(
      AirlineManagement airline, ConversationManagement conversations, BookingPanelViews views) {
    this.airline = airline;
    this.conversations = conversations;
    this.views = views;
  }

  /**
   * The panel for a locator (the conversation's latest when null), with the seat map of {@code
   * seatsFor} when given.
   */
  BookingPanel show(PurserPrincipal caller, long conversation, Asked asked, String seatsFor) {
    return views.panel(caller, conversation, asked, seatsFor, null, true, false);
  }

  /**
   * The change the agent clicked, for them to confirm before anything happens: the flights, the
   * seat, the fare difference and whether a supervisor must approve — for the reason picked — and
   * what the customer will be told.
   */
  BookingPanel review(PurserPrincipal caller, long conversation, Rebook r) {
    var locator = BookingPanelViews.normalised(r.asked().locator());
    if (locator == null) {
      return saying(caller, conversation, r.asked(), views.text("booking.badLocator"));
    }
    var asked = new Asked(locator, r.asked().lastName());
    var panel = views.panel(caller, conversation, asked, null, null, true, false, r.reason());
    if (panel.booking() == null) {
      throw new BookingNotFound(locator);
    }
    var segment = panel.booking().segment(r.segmentId());
    var offered = panel.alternatives();
    if (segment.isEmpty() || offered == null || !offered.segment().id().equals(r.segmentId())) {
      return saying(caller, conversation, asked, views.text("booking.noSegment"));
    }
    var option =
        offered.items().stream()
            .filter(
                o ->
                    o.flight().number().equals(r.flightNumber())
                        && o.flight().departure().toLocalDate().equals(r.date()))
            .findFirst();
    if (option.isEmpty()) {
      return saying(
          caller,
          conversation,
          asked,
          views.text("booking.notOffered", r.flightNumber(), r.date()));
    }
    var to = option.get();
    var moved = segment.get().movedTo(to.flight(), to.cabin(), to.fare());
    var tell = views.previewReply(panel.booking(), moved, caller.workspaceId(), conversation);
    return panel.reviewing(
        new BookingPanel.Review(
            segment.get(),
            to,
            r.seatPreference() == null ? "" : r.seatPreference(),
            ChangeReason.valueOf(offered.reason()),
            List.of(ChangeReason.values()),
            tell,
            airline
                .identityToCheck(caller.workspaceId(), conversation, panel.booking())
                .map(why -> identityWords(why, panel.booking().recordLocator()))
                .orElse(null)));
  }

  /** The airline module's reason, in the agent's language (its two cases; else as written). */
  private String identityWords(String why, String locator) {
    if (why.startsWith("the customer did not give record locator")) {
      return views.text("booking.identity.notGiven", locator);
    }
    if (why.startsWith("no passenger of")) {
      return views.text("booking.identity.notNamed", locator);
    }
    return why;
  }

  BookingPanel rebook(PurserPrincipal caller, long conversation, Rebook r) {
    var locator = BookingPanelViews.normalised(r.asked().locator());
    if (locator == null) {
      return saying(caller, conversation, r.asked(), views.text("booking.badLocator"));
    }
    var asked = new Asked(locator, r.asked().lastName());
    var booking =
        airline.booking(
            new BookingRequest(caller.workspaceId(), conversation, locator, asked.lastName()));
    if (booking.isEmpty()) {
      // The panel offers Rebook only for a booking it showed: this one is not the agent's to
      // change.
      throw new BookingNotFound(locator);
    }
    var segment = booking.flatMap(b -> b.segment(r.segmentId()));
    if (segment.isEmpty()) {
      return saying(caller, conversation, asked, views.text("booking.noSegment"));
    }
    var seats =
        r.seatPreference() == null || r.seatPreference().isBlank()
            ? List.<SeatChoice>of()
            : booking.get().passengers().stream()
                .map(p -> new SeatChoice(p.id(), null, r.seatPreference()))
                .toList();
    var request =
        new ActionRequest(
            locator,
            r.segmentId(),
            r.flightNumber(),
            r.date(),
            segment.get().cabin(),
            r.reason() == null ? ChangeReason.of(segment.get().status()) : r.reason(),
            seats,
            true,
            null,
            views.customerLanguage(conversations.messages(caller.workspaceId(), conversation)),
            asked.lastName(),
            r.identityCheck());
    var outcome =
        airline.rebook(
            new ActionCall(caller.workspaceId(), conversation, actor(caller), r.key()),
            request,
            r.approval());
    return after(caller, conversation, asked, r.segmentId(), outcome);
  }

  BookingPanel seat(
      PurserPrincipal caller,
      long conversation,
      Asked asked,
      String segmentId,
      String passengerId,
      String seat,
      String key) {
    var normal = BookingPanelViews.normalised(asked.locator());
    if (normal == null) {
      return saying(caller, conversation, asked, views.text("booking.badLocator"));
    }
    var request =
        new ActionRequest(
            normal,
            segmentId,
            null,
            null,
            null,
            null,
            List.of(new SeatChoice(passengerId, seat, null)),
            false,
            null,
            null,
            asked.lastName());
    var outcome =
        airline.seat(
            new ActionCall(caller.workspaceId(), conversation, actor(caller), key), request, false);
    return after(caller, conversation, new Asked(normal, asked.lastName()), segmentId, outcome);
  }

  /** Sends the booking's confirmation e-mail again, and says to where or why not. */
  BookingPanel resend(PurserPrincipal caller, long conversation, Asked asked, String key) {
    var locator = BookingPanelViews.normalised(asked.locator());
    if (locator == null) {
      return saying(caller, conversation, asked, views.text("booking.badLocator"));
    }
    var normal = new Asked(locator, asked.lastName());
    var booking =
        airline.booking(
            new BookingRequest(caller.workspaceId(), conversation, locator, normal.lastName()));
    if (booking.isEmpty() || booking.get().segments().isEmpty()) {
      throw new BookingNotFound(locator);
    }
    var request =
        new ActionRequest(
            locator,
            booking.get().segments().get(0).id(),
            null,
            null,
            null,
            null,
            List.of(),
            true,
            null,
            views.customerLanguage(conversations.messages(caller.workspaceId(), conversation)),
            normal.lastName());
    var outcome =
        airline.resendConfirmation(
            new ActionCall(caller.workspaceId(), conversation, actor(caller), key), request);
    if (outcome instanceof ActionOutcome.Recorded recorded
        && "done".equals(recorded.action().status())
        && !recorded.action().repeated()) {
      return views.panel(
          caller,
          conversation,
          normal,
          null,
          views.text("booking.resent", recorded.action().after()),
          true,
          false);
    }
    return after(caller, conversation, normal, null, outcome);
  }

  BookingPanel decide(
      PurserPrincipal caller, long conversation, Asked asked, long actionId, boolean approve) {
    var outcome =
        approve
            ? airline.approve(caller.workspaceId(), actionId, actor(caller))
            : airline.reject(
                caller.workspaceId(), actionId, actor(caller), "rejected in the console");
    var action = airline.action(caller.workspaceId(), actionId);
    var locator = action.map(a -> a.recordLocator()).orElse(null);
    return after(caller, conversation, new Asked(locator, asked.lastName()), null, outcome);
  }

  private BookingPanel after(
      PurserPrincipal caller,
      long conversation,
      Asked asked,
      String segmentId,
      ActionOutcome outcome) {
    if (outcome instanceof ActionOutcome.Refused refused) {
      if (refused.status() == 404) {
        throw new BookingNotFound(asked.locator());
      }
      if (refused.status() == 403) {
        throw new ActionForbidden(saying(caller, conversation, asked, refused.detail()));
      }
      return saying(caller, conversation, asked, refused.detail());
    }
    if (outcome instanceof ActionOutcome.Failed failed) {
      var view = failed.action();
      return views.panel(
          caller,
          conversation,
          asked,
          null,
          views.text("booking.failed", view.failedStep(), view.error()),
          false,
          false);
    }
    var recorded = (ActionOutcome.Recorded) outcome;
    var view = recorded.action();
    String said =
        switch (view.status()) {
          case "pending_approval" -> views.text("booking.awaitsApproval");
          case "partial" -> views.text("booking.partial", view.failedStep(), view.error());
          case "rejected" -> views.text("booking.rejected");
          default -> views.text(view.repeated() ? "booking.repeated" : "booking.done");
        };
    boolean done = "done".equals(view.status());
    return views.panel(
        caller,
        conversation,
        asked,
        done ? segmentId : null,
        said,
        !"partial".equals(view.status()),
        done);
  }

  /** The panel with what went wrong, and no seat map. */
  private BookingPanel saying(
      PurserPrincipal caller, long conversation, Asked asked, String outcome) {
    return views.panel(caller, conversation, asked, null, outcome, false, false);
  }

  private static Actor actor(PurserPrincipal caller) {
    return new Actor(caller.userId(), caller.name(), caller.can(Role.SUPERVISOR));
  }
}
