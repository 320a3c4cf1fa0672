package io.purser.airline.action;

import io.purser.airline.ActionRequest;
import io.purser.airline.AirlineConnector;
import io.purser.airline.AirlineUnavailable;
import io.purser.airline.BookingOutcome;
import io.purser.airline.ConfirmationOutcome;
import io.purser.airline.ConfirmationRequest;
import io.purser.airline.SeatRequest;
import io.purser.airline.SegmentChange;
import io.purser.airline.connector.AirlineConnectors;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.SeatPosition;
import io.purser.airline.domain.Segment;
import io.purser.airline.domain.SegmentStatus;
import io.purser.airline.mail.ConfirmationMail;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Runs one step of an action against the workspace's airline: the change, a seat, the confirmation.
 * Each step has its own idempotency key, derived from the workspace and the action's key, so a step
 * done once is never done twice however often the action is retried, and two workspaces using the
 * same key on one airline never meet on it.
 */
@Component
class ActionSteps {

  /** How a step ended. */
  sealed interface StepResult {
    record Done(String event, String before, String after) implements StepResult {}

    /**
     * @param status the HTTP status that describes it: 422 refused, 502 failed, 503 not configured,
     *     504 timed out
     */
    record Failed(String error, int status) implements StepResult {}
  }

  private final AirlineConnectors connectors;
  private final ConfirmationMail mail;

  private final Clock clock;

  ActionSteps(AirlineConnectors connectors, ConfirmationMail mail, Clock clock) {
    this.connectors = connectors;
    this.mail = mail;
    this.clock = clock;
  }

  /** The key the airline sees for a step: unique across the workspaces sharing the airline. */
  static String stepKey(long workspaceId, String actionKey, String step) {
    return "w" + workspaceId + ":" + actionKey + ":" + step;
  }

  StepResult run(long workspaceId, String step, ActionRequest request, String actionKey) {
    var key = stepKey(workspaceId, actionKey, step);
    var airline = connectors.forWorkspace(workspaceId);
    try {
      // The action was allowed when it was asked for; the booking is read again as it is now.
      var booking = airline.findBooking(request.recordLocator(), null);
      if (booking.isEmpty()) {
        return new StepResult.Failed("Booking " + request.recordLocator() + " is gone", 422);
      }
      var segment = booking.get().segment(request.segmentId());
      if (segment.isEmpty()) {
        return new StepResult.Failed("The booking has no segment " + request.segmentId(), 422);
      }
      if (step.equals("change")) {
        return change(airline, request, segment.get(), key);
      }
      if (step.startsWith("seat:")) {
        return seat(airline, request.seatFor(step.substring(5)), request, segment.get(), key);
      }
      return confirmation(workspaceId, airline, booking.get(), request, key);
    } catch (AirlineUnavailable unavailable) {
      return new StepResult.Failed(unavailable.getMessage(), unavailable.httpStatus());
    }
  }

  private StepResult change(AirlineConnector airline, ActionRequest r, Segment before, String key) {
    var outcome =
        airline.changeSegment(
            new SegmentChange(
                r.recordLocator(),
                r.segmentId(),
                new FlightKey(r.flightNumber(), r.date()),
                r.cabin(),
                r.reason(),
                key));
    if (outcome instanceof BookingOutcome.Refused refused) {
      return new StepResult.Failed(refused.reason() + " (" + refused.code() + ")", 422);
    }
    var after = ((BookingOutcome.Updated) outcome).booking().segment(r.segmentId()).orElseThrow();
    return new StepResult.Done(
        "changed", BookingWords.segment(before), BookingWords.segment(after));
  }

  private StepResult seat(
      AirlineConnector airline,
      ActionRequest.SeatChoice choice,
      ActionRequest r,
      Segment segment,
      String key) {
    var before = BookingWords.seat(segment, choice.passengerId());
    if (alreadyHeld(airline, choice, segment)) {
      return new StepResult.Done("seat_assigned", before, before);
    }
    if (!segment.seatsCanChange(clock.instant())) {
      return new StepResult.Failed(
          segment.flight().number()
              + (segment.status() == SegmentStatus.CANCELLED
                  ? " is cancelled"
                  : " has left (" + segment.flight().departure() + " local time)")
              + ": its seats can no longer change",
          422);
    }
    var code =
        choice.seat() != null ? Optional.of(choice.seat()) : preferred(airline, choice, segment);
    if (code.isEmpty()) {
      return new StepResult.Failed(
          "No free "
              + choice.preference()
              + " seat is left in "
              + segment.cabin().name().toLowerCase(Locale.ROOT)
              + " on "
              + segment.flight().number(),
          422);
    }
    var outcome =
        airline.assignSeat(
            new SeatRequest(
                r.recordLocator(), r.segmentId(), choice.passengerId(), code.get(), key));
    if (outcome instanceof BookingOutcome.Refused refused) {
      return new StepResult.Failed(refused.reason() + " (" + refused.code() + ")", 422);
    }
    var after = ((BookingOutcome.Updated) outcome).booking().segment(r.segmentId()).orElseThrow();
    return new StepResult.Done(
        "seat_assigned", before, BookingWords.seat(after, choice.passengerId()));
  }

  /** A retry after an unknown outcome finds the seat already held and does not pick another. */
  private static boolean alreadyHeld(
      AirlineConnector airline, ActionRequest.SeatChoice choice, Segment segment) {
    var held = segment.seatOf(choice.passengerId());
    if (held.isEmpty()) {
      return false;
    }
    if (choice.seat() != null) {
      return held.get().equalsIgnoreCase(choice.seat().strip());
    }
    var map = airline.seatMap(segment.flight().key());
    return map.flatMap(m -> m.seat(held.get()))
        .map(s -> s.position() == position(choice.preference()))
        .orElse(false);
  }

  private static Optional<String> preferred(
      AirlineConnector airline, ActionRequest.SeatChoice choice, Segment segment) {
    return airline
        .seatMap(segment.flight().key())
        .flatMap(
            map -> map.free(segment.cabin(), position(choice.preference())).stream().findFirst())
        .map(io.purser.airline.domain.Seat::code);
  }

  static SeatPosition position(String preference) {
    return SeatPosition.valueOf(preference.strip().toUpperCase(Locale.ROOT));
  }

  private StepResult confirmation(
      long workspaceId, AirlineConnector airline, Booking booking, ActionRequest r, String key) {
    var outcome =
        connectors.settings(workspaceId).settings().confirmationsByConnector()
            ? airline.sendConfirmation(
                new ConfirmationRequest(r.recordLocator(), r.email(), r.language(), key))
            : mail.send(workspaceId, booking, r.email(), r.language(), key);
    if (outcome instanceof ConfirmationOutcome.Refused refused) {
      return new StepResult.Failed(refused.reason() + " (" + refused.code() + ")", 422);
    }
    var to = ((ConfirmationOutcome.Sent) outcome).recipient();
    return new StepResult.Done("confirmation_sent", null, "confirmation sent to " + to);
  }
}
