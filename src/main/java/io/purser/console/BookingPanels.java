package io.purser.console;

import io.purser.airline.ActionCall;
import io.purser.airline.ActionOutcome;
import io.purser.airline.ActionRequest;
import io.purser.airline.ActionRequest.SeatChoice;
import io.purser.airline.Actor;
import io.purser.airline.AirlineManagement;
import io.purser.airline.AirlineUnavailable;
import io.purser.airline.AlternativeSearch;
import io.purser.airline.AlternativesView;
import io.purser.airline.BookingRequest;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.ChangeReason;
import io.purser.airline.domain.RecordLocator;
import io.purser.airline.domain.SeatMap;
import io.purser.airline.domain.Segment;
import io.purser.airline.domain.ShownFlight;
import io.purser.conversation.ConversationManagement;
import io.purser.conversation.MessageView;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.media.MediaManagement;
import java.time.Clock;
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
      Asked asked,
      String segmentId,
      String flightNumber,
      LocalDate date,
      String seatPreference,
      boolean approval,
      String key) {}

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

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final AirlineManagement airline;
  private final MediaManagement media;
  private final ConversationManagement conversations;
  private final MessageDetails details;
  private final MessageSource messages;

  private final Clock clock;

  BookingPanels(
      AirlineManagement airline,
      MediaManagement media,
      ConversationManagement conversations,
      MessageDetails details,
      MessageSource messages,
      Clock clock) {
    this.clock = clock;
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
  BookingPanel show(PurserPrincipal caller, long conversation, Asked asked, String seatsFor) {
    return panel(caller, conversation, asked, seatsFor, null, true, false);
  }

  BookingPanel rebook(PurserPrincipal caller, long conversation, Rebook r) {
    var locator = normalised(r.asked().locator());
    if (locator == null) {
      return panel(caller, conversation, r.asked(), null, text("booking.badLocator"), false, false);
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
      return panel(caller, conversation, asked, null, text("booking.noSegment"), false, false);
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
            customerLanguage(conversations.messages(caller.workspaceId(), conversation)),
            asked.lastName());
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
    var normal = normalised(asked.locator());
    if (normal == null) {
      return panel(caller, conversation, asked, null, text("booking.badLocator"), false, false);
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
        throw new ActionForbidden(
            panel(caller, conversation, asked, null, refused.detail(), false, false));
      }
      return panel(caller, conversation, asked, null, refused.detail(), false, false);
    }
    if (outcome instanceof ActionOutcome.Failed failed) {
      var view = failed.action();
      return panel(
          caller,
          conversation,
          asked,
          null,
          text("booking.failed", view.failedStep(), view.error()),
          false,
          false);
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
    return panel(
        caller,
        conversation,
        asked,
        done ? segmentId : null,
        said,
        !"partial".equals(view.status()),
        done);
  }

  /**
   * @param seatsFor the segment whose seat map to show, or null
   * @param tellCustomer prepare the reply telling the customer the itinerary of {@code seatsFor}
   */
  private BookingPanel panel(
      PurserPrincipal caller,
      long conversation,
      Asked asked,
      String seatsFor,
      String outcome,
      boolean outcomeOk,
      boolean tellCustomer) {
    long ws = caller.workspaceId();
    boolean supervisor = caller.can(Role.SUPERVISOR);
    var said = conversations.messages(ws, conversation);
    var kept = media.forConversation(ws, conversation);
    var seen = MediaManagement.flightsIn(kept);
    var locator = asked.locator() == null ? latestLocator(said) : normalised(asked.locator());
    var panel =
        new BookingPanel(
            locator == null ? asked.locator() : locator,
            asked.lastName(),
            null,
            null,
            null,
            seen,
            null,
            null,
            airline.actions(ws, conversation).orElse(List.of()),
            outcome,
            outcomeOk,
            null,
            UUID.randomUUID().toString(),
            supervisor,
            kept.stream().anyMatch(m -> "pending".equals(m.status())),
            clock.instant());
    if (locator == null) {
      return asked.locator() == null ? panel : panel.because(text("booking.badLocator"));
    }
    var request = new BookingRequest(ws, conversation, locator, asked.lastName());
    try {
      var booking = airline.booking(request);
      if (booking.isEmpty()) {
        return panel.because(text("booking.notFound", locator));
      }
      var shown = seen.stream().map(f -> new ShownFlight(f.number(), f.date())).toList();
      Optional<AlternativesView> alternatives =
          needsAlternatives(booking.get())
              ? airline.alternatives(
                  request,
                  null,
                  new AlternativeSearch(locator, "", null, null, null, null, null, null),
                  latestCustomerText(said),
                  shown,
                  supervisor)
              : Optional.empty();
      var seatSegment = seatsFor == null ? null : booking.get().segment(seatsFor).orElse(null);
      SeatMap seatMap =
          seatSegment == null ? null : airline.seatMap(ws, seatSegment.flight().key()).orElse(null);
      var reply =
          tellCustomer && seatSegment != null
              ? reply(booking.get(), seatSegment, customerLanguage(said))
              : null;
      return panel.with(booking.get(), alternatives.orElse(null), seatSegment, seatMap, reply);
    } catch (AirlineUnavailable unavailable) {
      return panel.because(text("booking.unavailable", unavailable.getMessage()));
    }
  }

  /** Alternatives are worth showing when a segment was moved, delayed or cancelled. */
  private static boolean needsAlternatives(Booking booking) {
    return booking.segments().stream()
        .anyMatch(s -> s.status() != io.purser.airline.domain.SegmentStatus.CONFIRMED);
  }

  /** "Hi Alex, done: you are now on PX2044 …", in the customer's language when we have it. */
  private String reply(Booking booking, Segment segment, String language) {
    var locale = Locale.forLanguageTag(language);
    var passenger = booking.passengers().get(0);
    var f = segment.flight();
    var seats =
        booking.passengers().stream()
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
          booking.recordLocator()
        },
        locale);
  }

  /** The language of the customer's latest message that triage placed, if Purser writes it. */
  private String customerLanguage(List<MessageView> said) {
    String language = null;
    for (MessageView m : said) {
      if (m.isInbound()) {
        var found = details.language(m.triage());
        language = found == null ? language : found;
      }
    }
    return "fr".equals(language) || "es".equals(language) ? language : "en";
  }

  private String latestLocator(List<MessageView> said) {
    return normalised(details.latestRecordLocator(said));
  }

  /** The customer's latest words, where their time wishes are read ("after 6 pm"). */
  private static String latestCustomerText(List<MessageView> said) {
    String latest = null;
    for (MessageView m : said) {
      latest = m.isInbound() && m.text() != null ? m.text() : latest;
    }
    return latest;
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
