package io.purser.airline;

import io.purser.airline.domain.Booking;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.SeatMap;
import io.purser.airline.domain.ShownFlight;
import io.purser.conversation.ConversationManagement;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The airline module's API: look up a booking and its alternatives, and act on it from a
 * conversation — rebook, seat, move to private — with the permissions, idempotency and audit trail
 * that go with it. Calls to the airline may throw {@link AirlineUnavailable}.
 */
@Service
public class AirlineManagement {

  private final BookingLookup lookup;
  private final Rebooking rebooking;
  private final ActionDecisions decisions;
  private final PrivateHandOff handOff;
  private final ActionViews views;
  private final ConversationManagement conversations;

  AirlineManagement(
      BookingLookup lookup,
      Rebooking rebooking,
      ActionDecisions decisions,
      PrivateHandOff handOff,
      ActionViews views,
      ConversationManagement conversations) {
    this.lookup = lookup;
    this.rebooking = rebooking;
    this.decisions = decisions;
    this.handOff = handOff;
    this.views = views;
    this.conversations = conversations;
  }

  /** The booking, if it exists (and, when a last name is given, a passenger bears it). */
  public Optional<Booking> booking(String recordLocator, String lastName) {
    return lookup.booking(recordLocator, lastName);
  }

  /** Empty when there is no such booking or segment. */
  public Optional<AlternativesView> alternatives(
      String recordLocator,
      String segmentId,
      AlternativeSearch filters,
      String wishText,
      boolean supervisor) {
    return alternatives(recordLocator, segmentId, filters, wishText, List.of(), supervisor);
  }

  /**
   * Empty when there is no such booking or segment.
   *
   * @param shown the flights the customer pointed at (read from a screenshot): listed first, and
   *     searched on their own day too
   */
  public Optional<AlternativesView> alternatives(
      String recordLocator,
      String segmentId,
      AlternativeSearch filters,
      String wishText,
      List<ShownFlight> shown,
      boolean supervisor) {
    return lookup
        .booking(recordLocator, null)
        .flatMap(b -> lookup.alternatives(b, segmentId, filters, wishText, shown, supervisor));
  }

  public Optional<SeatMap> seatMap(FlightKey flight) {
    return lookup.seatMap(flight);
  }

  /** The customer's time wishes read from the conversation's latest customer message. */
  public Optional<String> latestCustomerText(long workspaceId, long conversationId) {
    var inbound =
        conversations.messages(workspaceId, conversationId).stream()
            .filter(m -> m.isInbound() && m.text() != null)
            .toList();
    return inbound.isEmpty()
        ? Optional.empty()
        : Optional.of(inbound.get(inbound.size() - 1).text());
  }

  public ActionOutcome rebook(
      long workspaceId,
      long conversationId,
      Actor actor,
      String idempotencyKey,
      ActionRequest request,
      boolean requestApproval) {
    if (conversations.find(workspaceId, conversationId).isEmpty()) {
      return noConversation(conversationId);
    }
    return rebooking.rebook(
        workspaceId, conversationId, actor, idempotencyKey, request, requestApproval);
  }

  public ActionOutcome seat(
      long workspaceId,
      long conversationId,
      Actor actor,
      String idempotencyKey,
      ActionRequest request) {
    if (conversations.find(workspaceId, conversationId).isEmpty()) {
      return noConversation(conversationId);
    }
    return rebooking.seat(workspaceId, conversationId, actor, idempotencyKey, request);
  }

  public ActionOutcome movePrivate(
      long workspaceId, long conversationId, Actor actor, String idempotencyKey, String text) {
    return handOff.move(workspaceId, conversationId, actor, idempotencyKey, text);
  }

  public ActionOutcome approve(long workspaceId, long actionId, Actor actor) {
    return decisions.approve(workspaceId, actionId, actor);
  }

  public ActionOutcome reject(long workspaceId, long actionId, Actor actor, String reason) {
    return decisions.reject(workspaceId, actionId, actor, reason);
  }

  public ActionOutcome retry(long workspaceId, long actionId, Actor actor) {
    return decisions.retry(workspaceId, actionId, actor);
  }

  public Optional<BookingActionView> action(long workspaceId, long actionId) {
    return views.find(workspaceId, actionId);
  }

  /** The conversation's booking actions, oldest first, each with its audit trail. */
  public List<BookingActionView> actions(long workspaceId, long conversationId) {
    return views.forConversation(workspaceId, conversationId);
  }

  private static ActionOutcome noConversation(long conversationId) {
    return new ActionOutcome.Refused(404, "Not found", "No conversation " + conversationId);
  }
}
