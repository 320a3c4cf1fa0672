package io.purser.console;

import io.purser.airline.ActionOutcome;
import io.purser.airline.ActionRequest;
import io.purser.airline.ActionRequest.SeatChoice;
import io.purser.airline.Actor;
import io.purser.airline.AirlineManagement;
import io.purser.airline.AirlineUnavailable;
import io.purser.airline.AlternativeSearch;
import io.purser.airline.AlternativesView;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.ChangeReason;
import io.purser.airline.domain.RecordLocator;
import io.purser.airline.domain.SeatMap;
import io.purser.airline.domain.ShownFlight;
import io.purser.conversation.ConversationManagement;
import io.purser.conversation.MessageView;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.media.MediaManagement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Assembles the booking panel and runs the agent's clicks on it through the airline module, with
 * the idempotency key of the panel the agent clicked on.
 */
@Service
class BookingPanels {

  /** What the agent asked to do, read from the panel's form. */
  record Rebook(
      String locator,
      String segmentId,
      String flightNumber,
      LocalDate date,
      String seatPreference,
      boolean approval,
      String key) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final AirlineManagement airline;
  private final MediaManagement media;
  private final ConversationManagement conversations;
  private final MessageDetails details;
  private final MessageSource messages;

  BookingPanels(
      AirlineManagement airline,
      MediaManagement media,
      ConversationManagement conversations,
      MessageDetails details,
      MessageSource messages) {
    this.airline = airline;
    this.media = media;
    this.conversations = conversations;
    this.details = details;
    this.messages = messages;
  }

  /**
   * The panel for a locator (the conversation's latest when null), with the seat map of {@code
   * seatsFor} when given.
   */
  BookingPanel show(PurserPrincipal caller, long conversation, String locator, String seatsFor) {
    return panel(caller, conversation, locator, seatsFor, null, true, null);
  }

  BookingPanel rebook(PurserPrincipal caller, long conversation, Rebook r) {
    var locator = normalised(r.locator());
    if (locator == null) {
      return panel(
          caller, conversation, r.locator(), null, text("booking.badLocator"), false, null);
    }
    var booking = airline.booking(locator, null);
    var segment = booking.flatMap(b -> b.segment(r.segmentId()));
    if (segment.isEmpty()) {
      return panel(caller, conversation, locator, null, text("booking.noSegment"), false, null);
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
            ChangeReason.of(segment.get().status()),
            seats,
            true,
            null,
            customerLanguage(caller.workspaceId(), conversation));
    var outcome =
        airline.rebook(
            caller.workspaceId(), conversation, actor(caller), r.key(), request, r.approval());
    return after(caller, conversation, locator, r.segmentId(), outcome);
  }

  BookingPanel seat(
      PurserPrincipal caller,
      long conversation,
      String locator,
      String segmentId,
      String passengerId,
      String seat,
      String key) {
    var normal = normalised(locator);
    if (normal == null) {
      return panel(caller, conversation, locator, null, text("booking.badLocator"), false, null);
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
            null);
    var outcome = airline.seat(caller.workspaceId(), conversation, actor(caller), key, request);
    return after(caller, conversation, normal, segmentId, outcome);
  }

  BookingPanel decide(PurserPrincipal caller, long conversation, long actionId, boolean approve) {
    var outcome =
        approve
            ? airline.approve(caller.workspaceId(), actionId, actor(caller))
            : airline.reject(
                caller.workspaceId(), actionId, actor(caller), "rejected in the console");
    var action = airline.action(caller.workspaceId(), actionId);
    var locator = action.map(a -> a.recordLocator()).orElse(null);
    return after(caller, conversation, locator, null, outcome);
  }

  private BookingPanel after(
      PurserPrincipal caller,
      long conversation,
      String locator,
      String segmentId,
      ActionOutcome outcome) {
    if (outcome instanceof ActionOutcome.Refused refused) {
      return panel(caller, conversation, locator, null, refused.detail(), false, null);
    }
    if (outcome instanceof ActionOutcome.Failed failed) {
      var view = failed.action();
      return panel(
          caller,
          conversation,
          locator,
          null,
          text("booking.failed", view.failedStep(), view.error()),
          false,
          null);
    }
    var recorded = (ActionOutcome.Recorded) outcome;
    var view = recorded.action();
    String said =
        switch (view.status()) {
          case "pending_approval" -> text("booking.awaitsApproval");
          case "partial" -> text("booking.partial", view.failedStep(), view.error());
          case "rejected" -> text("booking.rejected");
          default -> text(view.repeated() ? "booking.repeated" : "booking.done");
        };
    boolean done = "done".equals(view.status());
    var segment = done ? segmentId : null;
    var reply = done ? reply(caller.workspaceId(), conversation, locator, segmentId) : null;
    return panel(
        caller, conversation, locator, segment, said, !"partial".equals(view.status()), reply);
  }

  private BookingPanel panel(
      PurserPrincipal caller,
      long conversation,
      String asked,
      String seatsFor,
      String outcome,
      boolean outcomeOk,
      String replyText) {
    boolean supervisor = caller.can(Role.SUPERVISOR);
    var actions = airline.actions(caller.workspaceId(), conversation);
    var kept = media.forConversation(caller.workspaceId(), conversation);
    var seen = media.flightsSeen(caller.workspaceId(), conversation);
    boolean pending = kept.stream().anyMatch(m -> "pending".equals(m.status()));
    var key = UUID.randomUUID().toString();
    var locator =
        asked == null ? latestLocator(caller.workspaceId(), conversation) : normalised(asked);
    if (locator == null) {
      return new BookingPanel(
          asked,
          null,
          asked == null ? null : text("booking.badLocator"),
          null,
          seen,
          null,
          null,
          actions,
          outcome,
          outcomeOk,
          replyText,
          key,
          supervisor,
          pending);
    }
    try {
      var booking = airline.booking(locator, null);
      if (booking.isEmpty()) {
        return new BookingPanel(
            locator,
            null,
            text("booking.notFound", locator),
            null,
            seen,
            null,
            null,
            actions,
            outcome,
            outcomeOk,
            replyText,
            key,
            supervisor,
            pending);
      }
      var wish = airline.latestCustomerText(caller.workspaceId(), conversation).orElse(null);
      var shown = seen.stream().map(f -> new ShownFlight(f.number(), f.date())).toList();
      Optional<AlternativesView> alternatives =
          needsAlternatives(booking.get())
              ? airline.alternatives(
                  locator,
                  null,
                  new AlternativeSearch(locator, "", null, null, null, null, null, null),
                  wish,
                  shown,
                  supervisor)
              : Optional.empty();
      var seatSegment = seatsFor == null ? null : booking.get().segment(seatsFor).orElse(null);
      SeatMap seatMap =
          seatSegment == null ? null : airline.seatMap(seatSegment.flight().key()).orElse(null);
      return new BookingPanel(
          locator,
          booking.get(),
          null,
          alternatives.orElse(null),
          seen,
          seatSegment,
          seatMap,
          actions,
          outcome,
          outcomeOk,
          replyText,
          key,
          supervisor,
          pending);
    } catch (AirlineUnavailable unavailable) {
      return new BookingPanel(
          locator,
          null,
          text("booking.unavailable", unavailable.getMessage()),
          null,
          seen,
          null,
          null,
          actions,
          outcome,
          outcomeOk,
          replyText,
          key,
          supervisor,
          pending);
    }
  }

  /** Alternatives are worth showing when a segment was moved, delayed or cancelled. */
  private static boolean needsAlternatives(Booking booking) {
    return booking.segments().stream()
        .anyMatch(s -> s.status() != io.purser.airline.domain.SegmentStatus.CONFIRMED);
  }

  /** "Hi Alex, done: you are now on PX2044 …", in the customer's language when we have it. */
  private String reply(long ws, long conversation, String locator, String segmentId) {
    var booking = airline.booking(locator, null);
    if (booking.isEmpty() || segmentId == null) {
      return null;
    }
    var segment = booking.get().segment(segmentId).orElse(null);
    if (segment == null) {
      return null;
    }
    var locale = Locale.forLanguageTag(customerLanguage(ws, conversation));
    var passenger = booking.get().passengers().get(0);
    var f = segment.flight();
    var seats =
        booking.get().passengers().stream()
            .map(p -> segment.seatOf(p.id()).orElse(null))
            .filter(java.util.Objects::nonNull)
            .toList();
    var key = seats.isEmpty() ? "booking.reply" : "booking.replyWithSeat";
    return messages.getMessage(
        key,
        new Object[] {
          passenger.firstName() == null ? passenger.lastName() : passenger.firstName(),
          f.number(),
          f.origin(),
          f.destination(),
          f.departure().format(DAY.withLocale(locale)),
          f.departure().format(TIME),
          f.arrival().format(TIME),
          String.join(", ", seats),
          booking.get().recordLocator()
        },
        locale);
  }

  private String customerLanguage(long ws, long conversation) {
    String language = null;
    for (MessageView m : conversations.messages(ws, conversation)) {
      if (m.isInbound()) {
        var found = details.language(m.triage());
        language = found == null ? language : found;
      }
    }
    return "fr".equals(language) || "es".equals(language) ? language : "en";
  }

  private String latestLocator(long ws, long conversation) {
    String latest = null;
    for (MessageView m : conversations.messages(ws, conversation)) {
      var found = m.isInbound() ? details.recordLocator(m.triage()) : null;
      latest = found == null ? latest : found;
    }
    return normalised(latest);
  }

  private static String normalised(String locator) {
    return locator == null ? null : RecordLocator.normalise(locator).orElse(null);
  }

  private static Actor actor(PurserPrincipal caller) {
    return new Actor(caller.userId(), caller.name(), caller.can(Role.SUPERVISOR));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(
        key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
  }
}
