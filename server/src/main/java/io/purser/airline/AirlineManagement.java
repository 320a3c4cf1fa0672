package io.purser.airline;

import io.purser.airline.action.BookingActions;
import io.purser.airline.action.PrivateHandOff;
import io.purser.airline.action.Rebooking;
import io.purser.airline.booking.BookingLookup;
import io.purser.airline.connector.ConnectorSetup;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.SeatMap;
import io.purser.airline.domain.ShownFlight;
import io.purser.airline.mail.ConfirmationMail;
import io.purser.airline.mail.SentEmails;
import io.purser.conversation.ConversationManagement;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The airline module's API: look up a booking and its alternatives, and act on it from a
 * conversation — rebook, seat, move to private — with the permissions, idempotency and audit trail
 * that go with it. Every booking is read and acted on for a conversation of the caller's workspace,
 * on that workspace's airline connector ({@link BookingAccess} says which bookings a conversation
 * may open). Calls to the airline may throw {@link AirlineUnavailable}.
 */
@Service
public class AirlineManagement {

  private final BookingLookup lookup;
  private final Rebooking rebooking;
  private final BookingActions actions;
  private final PrivateHandOff handOff;
  private final ConversationManagement conversations;
  private final ConnectorSetup connectors;
  private final ConfirmationMail mail;

  AirlineManagement(
      BookingLookup lookup,
      Rebooking rebooking,
      BookingActions actions,
      PrivateHandOff handOff,
      ConversationManagement conversations,
      ConnectorSetup connectors,
      ConfirmationMail mail) {
    this.lookup = lookup;
    this.rebooking = rebooking;
    this.actions = actions;
    this.handOff = handOff;
    this.conversations = conversations;
    this.connectors = connectors;
    this.mail = mail;
  }

  /**
   * The booking, if the conversation may open it: empty when the conversation is not the
   * workspace's, the booking does not exist, or the customer did not write its locator there and no
   * passenger bears the last name given.
   */
  public Optional<Booking> booking(BookingRequest asked) {
    return lookup.booking(asked);
  }

  /**
   * Empty when the booking cannot be opened (see {@link #booking}) or has no such segment.
   *
   * @param segmentId null for the disrupted segment, else the first
   * @param shown the flights the customer pointed at (read from a screenshot): listed first, and
   *     searched on their own day too
   * @param reason the reason the agent picked, which the fare quotes and the policy's decisions
   *     assume; null for the segment's own (its disruption, else a customer request)
   */
  public Optional<AlternativesView> alternatives(
      BookingRequest asked,
      String segmentId,
      AlternativeSearch filters,
      String wishText,
      List<ShownFlight> shown,
      boolean supervisor,
      io.purser.airline.domain.ChangeReason reason) {
    return lookup
        .booking(asked)
        .flatMap(
            b ->
                lookup.alternatives(
                    asked.workspaceId(),
                    b,
                    segmentId,
                    filters,
                    wishText,
                    shown,
                    supervisor,
                    reason));
  }

  /**
   * Why the agent must say how they checked that the conversation's customer is the booking's
   * passenger before changing it; empty when the customer gave the locator here and bears a
   * passenger's name, or an agent already said for this booking in this conversation.
   */
  public Optional<IdentityToCheck> identityToCheck(
      long workspaceId, long conversationId, Booking booking) {
    return rebooking.identityToCheck(workspaceId, conversationId, booking);
  }

  /** A flight's seats on the workspace's airline: which are free, never who holds them. */
  public Optional<SeatMap> seatMap(long workspaceId, FlightKey flight) {
    return lookup.seatMap(workspaceId, flight);
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

  /**
   * @param requestApproval park the action for a supervisor when the agent may not do it alone (a
   *     fare difference, a confirmation to another address than the booking's)
   */
  public ActionOutcome rebook(ActionCall call, ActionRequest request, boolean requestApproval) {
    return change("rebook", call, request, requestApproval);
  }

  /**
   * @param requestApproval park the action for a supervisor when the agent may not do it alone (a
   *     confirmation to another address than the booking's)
   */
  public ActionOutcome seat(ActionCall call, ActionRequest request, boolean requestApproval) {
    return change("seat", call, request, requestApproval);
  }

  /**
   * Sends the booking's confirmation e-mail again to its own address: an action of its own,
   * audited, refused (429) when sent in the last two minutes or five times in a day from the
   * conversation.
   *
   * @param request the booking's locator, one of its segments, the language and last name if needed
   */
  public ActionOutcome resendConfirmation(ActionCall call, ActionRequest request) {
    if (conversations.find(call.workspaceId(), call.conversationId()).isEmpty()) {
      return noConversation(call.conversationId());
    }
    return rebooking.resend(call, request);
  }

  private ActionOutcome change(
      String kind, ActionCall call, ActionRequest request, boolean requestApproval) {
    if (conversations.find(call.workspaceId(), call.conversationId()).isEmpty()) {
      return noConversation(call.conversationId());
    }
    return rebooking.act(kind, call, request, requestApproval);
  }

  public ActionOutcome movePrivate(
      long workspaceId, long conversationId, Actor actor, String idempotencyKey, String text) {
    return handOff.move(workspaceId, conversationId, actor, idempotencyKey, text);
  }

  public ActionOutcome approve(long workspaceId, long actionId, Actor actor) {
    return actions.approve(workspaceId, actionId, actor);
  }

  /** Approves with the supervisor's note, kept in the audit trail. */
  public ActionOutcome approve(long workspaceId, long actionId, Actor actor, String note) {
    return actions.approve(workspaceId, actionId, actor, note);
  }

  /** The workspace's booking actions waiting for a supervisor, oldest first (at most 100). */
  public List<BookingActionView> pendingApprovals(long workspaceId) {
    return actions.pendingApproval(workspaceId, 100);
  }

  public ActionOutcome reject(long workspaceId, long actionId, Actor actor, String reason) {
    return actions.reject(workspaceId, actionId, actor, reason);
  }

  public ActionOutcome retry(long workspaceId, long actionId, Actor actor) {
    return actions.retry(workspaceId, actionId, actor);
  }

  public Optional<BookingActionView> action(long workspaceId, long actionId) {
    return actions.find(workspaceId, actionId);
  }

  /**
   * The conversation's booking actions, oldest first, each with its audit trail; empty when the
   * workspace has no such conversation.
   */
  public Optional<List<BookingActionView>> actions(long workspaceId, long conversationId) {
    if (conversations.find(workspaceId, conversationId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(actions.forConversation(workspaceId, conversationId));
  }

  /** The workspace's airline connector, without its secret. */
  public ConnectorView connector(long workspaceId) {
    return connectors.show(workspaceId);
  }

  /**
   * Connects the workspace to its airline.
   *
   * @throws IllegalArgumentException saying what is wrong with the change
   */
  public ConnectorView connect(long workspaceId, ConnectorChange change) {
    return connectors.set(workspaceId, change);
  }

  /** The workspace's latest confirmation e-mails, newest first. */
  public List<SentEmails.SentEmail> sentConfirmations(long workspaceId) {
    return mail.latest(workspaceId, 50);
  }

  private static ActionOutcome noConversation(long conversationId) {
    return new ActionOutcome.Refused(404, "Not found", "No conversation " + conversationId);
  }
}
