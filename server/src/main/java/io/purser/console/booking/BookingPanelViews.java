package io.purser.console.booking;

import io.purser.airline.AirlineManagement;
import io.purser.airline.AirlineUnavailable;
import io.purser.airline.AlternativeSearch;
import io.purser.airline.AlternativesView;
import io.purser.airline.BookingRequest;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.RecordLocator;
import io.purser.airline.domain.SeatMap;
import io.purser.airline.domain.Segment;
import io.purser.airline.domain.SegmentStatus;
import io.purser.airline.domain.ShownFlight;
import io.purser.console.conversation.MessageDetails;
import io.purser.conversation.ConversationManagement;
import io.purser.conversation.MessageView;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.media.MediaManagement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The booking panel as it stands: the booking the agent asked for (or the conversation's latest
 * locator), its alternatives, a segment's seat map, the conversation's booking actions, and the
 * outcome of the agent's last click.
 */
@Component
class BookingPanelViews {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final AirlineManagement airline;
  private final MediaManagement media;
  private final ConversationManagement conversations;
  private final MessageDetails details;
  private final MessageSource messages;
  private final Clock clock;

  BookingPanelViews(
      AirlineManagement airline,
      MediaManagement media,
      ConversationManagement conversations,
      MessageDetails details,
      MessageSource messages,
      Clock clock) {
    this.airline = airline;
    this.media = media;
    this.conversations = conversations;
    this.details = details;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * @param seatsFor the segment whose seat map to show, or null
   * @param tellCustomer prepare the reply telling the customer the itinerary of {@code seatsFor}
   */
  BookingPanel panel(
      PurserPrincipal caller,
      long conversation,
      BookingPanels.Asked asked,
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
          needsAlternatives(booking.get(), clock.instant())
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

  /**
   * Alternatives are worth showing when a segment was moved, delayed or cancelled, and for a
   * confirmed booking whose flight has not left: the customer may ask to change it.
   */
  private static boolean needsAlternatives(Booking booking, java.time.Instant now) {
    return booking.segments().stream()
        .anyMatch(s -> s.status() != SegmentStatus.CONFIRMED || !s.flight().surelyLeft(now));
  }

  /** "Hi Alex, done: you are now on PX2044 …", in the customer's language when we have it. */
  private String reply(Booking booking, Segment segment, String language) {
    var locale = Locale.forLanguageTag(language);
    var passenger = booking.passengers().get(0);
    var f = segment.flight();
    var seats =
        booking.passengers().stream()
            .map(p -> segment.seatOf(p.id()).orElse(null))
            .filter(Objects::nonNull)
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
  String customerLanguage(List<MessageView> said) {
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

  static String normalised(String locator) {
    return locator == null ? null : RecordLocator.normalise(locator).orElse(null);
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
