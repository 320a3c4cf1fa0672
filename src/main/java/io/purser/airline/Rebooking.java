package io.purser.airline;

import io.purser.airline.domain.Booking;
import io.purser.airline.domain.ChangePolicy;
import io.purser.airline.domain.FareQuote;
import io.purser.airline.domain.FareRule;
import io.purser.airline.domain.Fingerprint;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.Segment;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns an agent's rebook or seat request into an action: opens the booking as the conversation may
 * ({@link BookingAccess}), checks the request against it and the airline's alternatives, quotes the
 * fare rule, asks the change policy and {@link OtherAddress} whether the agent may do it alone,
 * then starts it (or parks it for a supervisor).
 */
@Component
class Rebooking {

  private final BookingAccess access;
  private final AirlineConnectors connectors;
  private final ActionStarter starter;

  Rebooking(BookingAccess access, AirlineConnectors connectors, ActionStarter starter) {
    this.access = access;
    this.connectors = connectors;
    this.starter = starter;
  }

  ActionOutcome rebook(
      long workspaceId,
      long conversationId,
      Actor actor,
      String key,
      ActionRequest r,
      boolean requestApproval) {
    var fingerprint = Fingerprint.of("rebook", conversationId, r);
    var repeated = starter.repeated(workspaceId, key, fingerprint);
    if (repeated.isPresent()) {
      return repeated.get();
    }
    return orTheRace(
        workspaceId,
        key,
        fingerprint,
        startRebook(workspaceId, conversationId, actor, key, fingerprint, r, requestApproval));
  }

  /**
   * A refusal may be the mark of a double click: the other click, with the same key, did this very
   * change between our look for a repeat and our look at the booking, which now no longer offers
   * the flight. Its action is the answer then, as for any repeat.
   */
  private ActionOutcome orTheRace(
      long workspaceId, String key, String fingerprint, ActionOutcome outcome) {
    if (outcome instanceof ActionOutcome.Refused) {
      return starter.repeated(workspaceId, key, fingerprint).orElse(outcome);
    }
    return outcome;
  }

  private ActionOutcome startRebook(
      long workspaceId,
      long conversationId,
      Actor actor,
      String key,
      String fingerprint,
      ActionRequest r,
      boolean requestApproval) {
    var booking =
        access.open(
            new BookingRequest(workspaceId, conversationId, r.recordLocator(), r.lastName()));
    var segment = booking.flatMap(b -> b.segment(r.segmentId()));
    if (segment.isEmpty()) {
      return notFound(r, booking.isPresent());
    }
    var cabin = r.cabin() == null ? segment.get().cabin() : r.cabin();
    var request =
        new ActionRequest(
            r.recordLocator(),
            r.segmentId(),
            new FlightKey(r.flightNumber(), r.date()).number(),
            r.date(),
            cabin,
            r.reason(),
            r.seats(),
            r.sendConfirmation(),
            r.email(),
            r.language(),
            r.lastName());
    var alternative =
        connectors
            .forWorkspace(workspaceId)
            .alternatives(
                new AlternativeSearch(
                    r.recordLocator(), r.segmentId(), r.date(), null, null, null, null, cabin))
            .stream()
            .filter(a -> a.flight().number().equals(request.flightNumber()))
            .findFirst();
    if (alternative.isEmpty()) {
      return new ActionOutcome.Refused(
          422,
          "Not an alternative",
          request.flightNumber()
              + " on "
              + r.date()
              + " is not an alternative for segment "
              + r.segmentId()
              + " of "
              + r.recordLocator()
              + " (another route or day, the same flight, or no room left in "
              + cabin
              + ")");
    }
    var quote = FareRule.quote(r.reason(), segment.get().fare(), alternative.get().fare());
    var decision = ChangePolicy.decide(segment.get(), r.reason(), quote, actor.supervisor());
    var needs = new ArrayList<String>();
    if (decision instanceof ChangePolicy.Decision.NeedsSupervisor n) {
      needs.add(n.reason());
    }
    OtherAddress.reason(booking.get(), r, actor).ifPresent(needs::add);
    boolean awaits = !needs.isEmpty();
    if (awaits && !requestApproval) {
      return needsSupervisor(needs);
    }
    return starter.start(
        new ActionStarter.Draft(
            workspaceId,
            conversationId,
            "rebook",
            key,
            fingerprint,
            request,
            words(quote),
            BookingWords.segment(segment.get()),
            actor,
            awaits,
            awaits ? String.join("; ", needs) : null));
  }

  ActionOutcome seat(
      long workspaceId,
      long conversationId,
      Actor actor,
      String key,
      ActionRequest r,
      boolean requestApproval) {
    var fingerprint = Fingerprint.of("seat", conversationId, r);
    var repeated = starter.repeated(workspaceId, key, fingerprint);
    if (repeated.isPresent()) {
      return repeated.get();
    }
    return orTheRace(
        workspaceId,
        key,
        fingerprint,
        startSeat(workspaceId, conversationId, actor, key, fingerprint, r, requestApproval));
  }

  private ActionOutcome startSeat(
      long workspaceId,
      long conversationId,
      Actor actor,
      String key,
      String fingerprint,
      ActionRequest r,
      boolean requestApproval) {
    var booking =
        access.open(
            new BookingRequest(workspaceId, conversationId, r.recordLocator(), r.lastName()));
    var segment = booking.flatMap(b -> b.segment(r.segmentId()));
    if (segment.isEmpty()) {
      return notFound(r, booking.isPresent());
    }
    for (var choice : r.seats()) {
      if (booking.get().passenger(choice.passengerId()).isEmpty()) {
        return new ActionOutcome.Refused(
            422,
            "No such passenger",
            "Booking " + r.recordLocator() + " has no passenger " + choice.passengerId());
      }
    }
    var other = OtherAddress.reason(booking.get(), r, actor);
    if (other.isPresent() && !requestApproval) {
      return needsSupervisor(List.of(other.get()));
    }
    return starter.start(
        new ActionStarter.Draft(
            workspaceId,
            conversationId,
            "seat",
            key,
            fingerprint,
            r,
            null,
            seats(segment.get(), booking.get()),
            actor,
            other.isPresent(),
            other.orElse(null)));
  }

  private static ActionOutcome needsSupervisor(List<String> reasons) {
    return new ActionOutcome.Refused(
        403,
        "Supervisor approval needed",
        String.join("; ", reasons) + "; send \"requestApproval\": true to ask a supervisor");
  }

  private static String seats(Segment segment, Booking booking) {
    return String.join(
        "; ", booking.passengers().stream().map(p -> BookingWords.seat(segment, p.id())).toList());
  }

  private static ActionOutcome notFound(ActionRequest r, boolean bookingFound) {
    return new ActionOutcome.Refused(
        404,
        "Not found",
        bookingFound
            ? "Booking " + r.recordLocator() + " has no segment " + r.segmentId()
            : BookingAccess.notFound(r.recordLocator()));
  }

  static String words(FareQuote quote) {
    if (quote instanceof FareQuote.Waived w) {
      return "waived ("
          + w.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + ")";
    }
    return ((FareQuote.Difference) quote).amount() + " to pay";
  }
}
