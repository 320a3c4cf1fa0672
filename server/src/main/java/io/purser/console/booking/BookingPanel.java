package io.purser.console.booking;

import io.purser.airline.AlternativesView;
import io.purser.airline.BookingActionView;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.ChangeReason;
import io.purser.airline.domain.Seat;
import io.purser.airline.domain.SeatMap;
import io.purser.airline.domain.Segment;
import io.purser.media.domain.SeenFlight;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The booking beside a conversation: the booking the customer's record locator names, its
 * alternatives for the disrupted segment (the flight from the customer's screenshot first), a seat
 * map, the actions taken from this conversation with their audit trail, and the reply that tells
 * the customer what was done.
 *
 * @param locator the record locator asked for, or null when the conversation has none yet
 * @param lastName the passenger's last name the agent gave to open it, or null (the customer wrote
 *     the locator in the conversation); the panel's forms carry it on
 * @param booking null when not found (see {@code problem})
 * @param problem why there is no booking or no alternatives: not found, airline unavailable
 * @param seatsFor the segment whose seat map is shown, or null
 * @param outcome what the last action did, in the agent's words, or null
 * @param outcomeOk false when the last action was refused or failed
 * @param replyText a reply telling the customer the new itinerary, after a change; or null
 * @param key the idempotency key of the forms on this panel: a double click sends one action
 * @param mediaPending an image of the conversation is still being fetched or read: the panel looks
 *     again shortly, so the flight on a screenshot appears without a click
 * @param at when the panel was made: a flight that has left offers no seat map
 * @param review the change the agent is about to make, shown for confirmation; or null
 */
public record BookingPanel(
    String locator,
    String lastName,
    Booking booking,
    String problem,
    AlternativesView alternatives,
    List<SeenFlight> seen,
    Segment seatsFor,
    SeatMap seatMap,
    List<BookingActionView> actions,
    String outcome,
    boolean outcomeOk,
    String replyText,
    String key,
    boolean supervisor,
    boolean mediaPending,
    Instant at,
    Review review) {

  /**
   * A rebooking shown for confirmation before anything changes: the flight now and the one to move
   * to (with its fare quote and whether a supervisor must approve, for the reason picked), the seat
   * wanted, the reasons the agent may pick, and what the customer will be told.
   *
   * @param seatPreference window, aisle, or blank for no seat now
   * @param tellCustomer the reply the customer will get once it is done
   * @param identityToCheck why the agent must say how they checked the customer is the passenger,
   *     or null when Purser can tell
   */
  public record Review(
      Segment from,
      AlternativesView.Option to,
      String seatPreference,
      ChangeReason reason,
      List<ChangeReason> reasons,
      String tellCustomer,
      String identityToCheck) {}

  /** The same panel, showing a change for the agent to confirm. */
  BookingPanel reviewing(Review change) {
    return new BookingPanel(
        locator,
        lastName,
        booking,
        problem,
        alternatives,
        seen,
        seatsFor,
        seatMap,
        actions,
        outcome,
        outcomeOk,
        replyText,
        key,
        supervisor,
        mediaPending,
        at,
        change);
  }

  /** The same panel, saying why there is no booking to show. */
  BookingPanel because(String why) {
    return new BookingPanel(
        locator,
        lastName,
        null,
        why,
        null,
        seen,
        null,
        null,
        actions,
        outcome,
        outcomeOk,
        null,
        key,
        supervisor,
        mediaPending,
        at,
        review);
  }

  /** The same panel, with the booking found and what goes with it. */
  BookingPanel with(
      Booking found, AlternativesView offered, Segment seats, SeatMap map, String reply) {
    return new BookingPanel(
        locator,
        lastName,
        found,
        null,
        offered,
        seen,
        seats,
        map,
        actions,
        outcome,
        outcomeOk,
        reply,
        key,
        supervisor,
        mediaPending,
        at,
        review);
  }

  /** Whether the agent can still choose a seat on this flight (not left, not cancelled). */
  public boolean canChooseSeat(Segment segment) {
    return segment.seatsCanChange(at);
  }

  /** The seat map's rows for the segment's cabin, each row's seats in letter order. */
  public Map<Integer, List<Seat>> rows() {
    var rows = new TreeMap<Integer, List<Seat>>();
    if (seatMap == null || seatsFor == null) {
      return rows;
    }
    Cabin cabin = seatsFor.cabin();
    seatMap.seats().stream()
        .filter(s -> s.cabin() == cabin)
        .sorted(java.util.Comparator.comparing(Seat::code))
        .forEach(s -> rows.computeIfAbsent(s.row(), r -> new java.util.ArrayList<>()).add(s));
    return rows;
  }

  /** Whether a confirmation of the booking shown was sent from this conversation. */
  public boolean confirmationSent() {
    return booking != null
        && actions.stream()
            .anyMatch(
                a ->
                    booking.recordLocator().equalsIgnoreCase(a.recordLocator())
                        && a.stepsDone().contains("confirmation"));
  }

  public boolean pendingApproval() {
    return actions.stream().anyMatch(a -> "pending_approval".equals(a.status()));
  }
}
