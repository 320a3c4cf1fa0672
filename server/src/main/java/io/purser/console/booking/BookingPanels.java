package io.purser.console.booking;

import io.purser.airline.ActionCall;
import io.purser.airline.ActionOutcome;
import io.purser.airline.ActionRequest;
import io.purser.airline.ActionRequest.SeatChoice;
import io.purser.airline.Actor;
import io.purser.airline.AirlineManagement;
import io.purser.airline.BookingRequest;
import io.purser.airline.domain.ChangeReason;
import io.purser.identity.PurserPrincipal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Assembles the booking panel and runs the agent's clicks on it through the airline module, with
 * the idempotency key of the panel the agent clicked on ({@link RebookReviews} shows a change for
 * confirmation first).
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
  private final BookingPanelViews views;

  BookingPanels(AirlineManagement airline, BookingPanelViews views) {
    this.airline = airline;
    this.views = views;
  }

  /**
   * The panel for a locator (the conversation's latest when null), with the seat map of {@code
   * seatsFor} when given.
   */
  BookingPanel show(PurserPrincipal caller, long conversation, Asked asked, String seatsFor) {
    return views.panel(caller, conversation, asked, seatsFor, null, true, false, null);
  }

  BookingPanel rebook(PurserPrincipal caller, long conversation, Rebook r) {
    var locator = BookingPanelViews.normalised(r.asked().locator());
    if (locator == null) {
      return views.saying(caller, conversation, r.asked(), views.text("booking.badLocator"));
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
      return views.saying(caller, conversation, asked, views.text("booking.noSegment"));
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
            views.customerLanguage(caller.workspaceId(), conversation),
            asked.lastName(),
            r.identityCheck());
    var outcome =
        airline.rebook(
            new ActionCall(caller.workspaceId(), conversation, Actor.of(caller), r.key()),
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
      return views.saying(caller, conversation, asked, views.text("booking.badLocator"));
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
            asked.lastName(),
            null);
    var outcome =
        airline.seat(
            new ActionCall(caller.workspaceId(), conversation, Actor.of(caller), key),
            request,
            false);
    return after(caller, conversation, new Asked(normal, asked.lastName()), segmentId, outcome);
  }

  /** Sends the booking's confirmation e-mail again, and says to where or why not. */
  BookingPanel resend(PurserPrincipal caller, long conversation, Asked asked, String key) {
    var locator = BookingPanelViews.normalised(asked.locator());
    if (locator == null) {
      return views.saying(caller, conversation, asked, views.text("booking.badLocator"));
    }
    var normal = new Asked(locator, asked.lastName());
    var booking =
        airline.booking(
            new BookingRequest(caller.workspaceId(), conversation, locator, normal.lastName()));
    if (booking.isEmpty() || booking.get().segments().isEmpty()) {
      throw new BookingNotFound(locator);
    }
    var request =
        ActionRequest.confirmation(
            locator,
            booking.get().segments().get(0).id(),
            views.customerLanguage(caller.workspaceId(), conversation),
            normal.lastName(),
            null);
    var outcome =
        airline.resendConfirmation(
            new ActionCall(caller.workspaceId(), conversation, Actor.of(caller), key), request);
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
          false,
          null);
    }
    return after(caller, conversation, normal, null, outcome);
  }

  BookingPanel decide(
      PurserPrincipal caller, long conversation, Asked asked, long actionId, boolean approve) {
    var outcome =
        approve
            ? airline.approve(caller.workspaceId(), actionId, Actor.of(caller))
            : airline.reject(
                caller.workspaceId(), actionId, Actor.of(caller), "rejected in the console");
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
        throw new ActionForbidden(views.saying(caller, conversation, asked, refused.detail()));
      }
      return views.saying(caller, conversation, asked, refused.detail());
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
          false,
          null);
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
        done,
        null);
  }
}
