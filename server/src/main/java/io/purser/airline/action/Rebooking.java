package io.purser.airline.action;

import io.purser.airline.ActionCall;
import io.purser.airline.ActionOutcome;
import io.purser.airline.ActionRequest;
import io.purser.airline.Actor;
import io.purser.airline.AlternativeSearch;
import io.purser.airline.BookingRequest;
import io.purser.airline.IdentityToCheck;
import io.purser.airline.booking.BookingAccess;
import io.purser.airline.connector.AirlineConnectors;
import io.purser.airline.domain.AlternativeRanking;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.ChangePolicy;
import io.purser.airline.domain.FareRule;
import io.purser.airline.domain.Fingerprint;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.RankedAlternative;
import io.purser.airline.domain.Segment;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns an agent's rebook or seat request into an action: opens the booking as the conversation may
 * ({@link BookingAccess}), checks the request against it and the airline's alternatives, quotes the
 * fare rule, asks the change policy and {@link OtherAddress} whether the agent may do it alone,
 * then starts it (or parks it for a supervisor). Whose booking it is, {@link PassengerIdentity}
 * says; how often a confirmation goes again, {@link ConfirmationResends}.
 */
@Component
public class Rebooking {

  private final BookingAccess access;
  private final AirlineConnectors connectors;
  private final BookingActions actions;
  private final PassengerIdentity identity;
  private final ConfirmationResends resends;
  private final Clock clock;

  Rebooking(
      BookingAccess access,
      AirlineConnectors connectors,
      BookingActions actions,
      PassengerIdentity identity,
      ConfirmationResends resends,
      Clock clock) {
    this.access = access;
    this.connectors = connectors;
    this.actions = actions;
    this.identity = identity;
    this.resends = resends;
    this.clock = clock;
  }

  /**
   * @param kind rebook (a segment to another flight, then seats and the confirmation) or seat
   */
  public ActionOutcome act(String kind, ActionCall call, ActionRequest r, boolean requestApproval) {
    return act(new Asked(kind, call, r, requestApproval));
  }

  /**
   * Sends the booking's confirmation e-mail again, to the booking's own address.
   *
   * @param r the booking (locator, any segment's id, last name if needed) and the language
   */
  public ActionOutcome resend(ActionCall call, ActionRequest r) {
    return act(new Asked("confirmation", call, r, false));
  }

  /** What the agent asked for, and the fingerprint that guards its key. */
  private record Asked(
      String kind, ActionCall call, ActionRequest request, boolean requestApproval) {

    long workspaceId() {
      return call.workspaceId();
    }

    long conversationId() {
      return call.conversationId();
    }

    Actor actor() {
      return call.actor();
    }

    String key() {
      return call.idempotencyKey();
    }

    String fingerprint() {
      return Fingerprint.of(kind, call.conversationId(), request);
    }

    ActionDraft draft(
        ActionRequest stored, String fareQuote, String before, List<String> needs, String who) {
      var awaits = !needs.isEmpty();
      var said = new ArrayList<>(needs);
      said.add(who);
      return new ActionDraft(
          workspaceId(),
          conversationId(),
          kind,
          key(),
          fingerprint(),
          stored,
          fareQuote,
          before,
          actor(),
          awaits,
          String.join("; ", said));
    }
  }

  private ActionOutcome act(Asked asked) {
    var repeated = actions.repeated(asked.workspaceId(), asked.key(), asked.fingerprint());
    if (repeated.isPresent()) {
      return repeated.get();
    }
    var r = asked.request();
    var booking =
        access.open(
            new BookingRequest(
                asked.workspaceId(), asked.conversationId(), r.recordLocator(), r.lastName()));
    var segment = booking.flatMap(b -> b.segment(r.segmentId()));
    ActionOutcome outcome;
    if (segment.isEmpty()) {
      return orTheRace(asked, notFound(r, booking.isPresent()));
    }
    var who = identity.of(asked.call(), r.identityCheck(), booking.get());
    if (who instanceof PassengerIdentity.Unverified u) {
      outcome = u.refused();
    } else if (asked.kind().equals("rebook")) {
      outcome = startRebook(asked, booking.get(), segment.get(), who.words());
    } else if (asked.kind().equals("confirmation")) {
      outcome = startResend(asked, booking.get(), who.words());
    } else {
      outcome = startSeat(asked, booking.get(), segment.get(), who.words());
    }
    return orTheRace(asked, outcome);
  }

  /**
   * Why the agent must still say how they checked the customer is the booking's passenger before
   * changing it from this conversation; empty when Purser can tell, or an agent already said.
   */
  public Optional<IdentityToCheck> identityToCheck(
      long workspaceId, long conversationId, Booking booking) {
    return identity.toCheck(workspaceId, conversationId, booking);
  }

  /**
   * A refusal may be the mark of a double click: the other click, with the same key, did this very
   * change between our look for a repeat and our look at the booking, which now no longer offers
   * the flight. Its action is the answer then, as for any repeat.
   */
  private ActionOutcome orTheRace(Asked asked, ActionOutcome outcome) {
    if (outcome instanceof ActionOutcome.Refused) {
      return actions
          .repeated(asked.workspaceId(), asked.key(), asked.fingerprint())
          .orElse(outcome);
    }
    return outcome;
  }

  private ActionOutcome startRebook(Asked asked, Booking booking, Segment segment, String who) {
    var r = asked.request();
    var cabin = r.cabin() == null ? segment.cabin() : r.cabin();
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
            r.lastName(),
            r.identityCheck());
    var offered =
        connectors
            .forWorkspace(asked.workspaceId())
            .alternatives(
                new AlternativeSearch(
                    r.recordLocator(), r.segmentId(), r.date(), null, null, null, null, cabin));
    // The same rule as the list the agent saw: no flight that has left, not the booked one.
    var alternative =
        AlternativeRanking.rank(offered, List.of(), segment, List.of(), clock.instant()).stream()
            .map(RankedAlternative::alternative)
            .filter(a -> a.flight().number().equals(request.flightNumber()))
            .findFirst();
    if (alternative.isEmpty()) {
      return notAnAlternative(request, cabin);
    }
    var quote = FareRule.quote(r.reason(), segment.fare(), alternative.get().fare());
    var decision =
        ChangePolicy.decide(booking, segment, r.reason(), quote, asked.actor().supervisor());
    var needs = new ArrayList<String>();
    if (decision instanceof ChangePolicy.Decision.NeedsSupervisor n) {
      needs.add(n.reason());
    }
    OtherAddress.reason(booking, r, asked.actor()).ifPresent(needs::add);
    if (!needs.isEmpty() && !asked.requestApproval()) {
      return needsSupervisor(needs);
    }
    return actions.start(
        asked.draft(request, quote.words(), BookingWords.segment(segment), needs, who));
  }

  /** Sends the booking's confirmation again to its own address, as often as it may be. */
  private ActionOutcome startResend(Asked asked, Booking booking, String who) {
    var refused = resends.refusal(asked.workspaceId(), asked.conversationId(), booking);
    if (refused.isPresent()) {
      return refused.get();
    }
    var r = asked.request();
    var request =
        ActionRequest.confirmation(
            booking.recordLocator(), r.segmentId(), r.language(), r.lastName(), r.identityCheck());
    return actions.start(asked.draft(request, null, null, List.of(), who));
  }

  private ActionOutcome startSeat(Asked asked, Booking booking, Segment segment, String who) {
    var r = asked.request();
    for (var choice : r.seats()) {
      if (booking.passenger(choice.passengerId()).isEmpty()) {
        return new ActionOutcome.Refused(
            422,
            "No such passenger",
            "Booking " + r.recordLocator() + " has no passenger " + choice.passengerId());
      }
    }
    var needs = OtherAddress.reason(booking, r, asked.actor()).stream().toList();
    if (!needs.isEmpty() && !asked.requestApproval()) {
      return needsSupervisor(needs);
    }
    return actions.start(asked.draft(r, null, seats(segment, booking), needs, who));
  }

  private static ActionOutcome notAnAlternative(ActionRequest request, Cabin cabin) {
    return new ActionOutcome.Refused(
        422,
        "Not an alternative",
        request.flightNumber()
            + " on "
            + request.date()
            + " is not an alternative for segment "
            + request.segmentId()
            + " of "
            + request.recordLocator()
            + " (another route or day, the same flight, a flight that has left, or no room left in "
            + cabin
            + ")");
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
}
