package io.purser.console.booking;

import io.purser.airline.AirlineManagement;
import io.purser.airline.AirlineUnavailable;
import io.purser.airline.AlternativeSearch;
import io.purser.airline.AlternativesView;
import io.purser.airline.BookingActionView;
import io.purser.airline.BookingRequest;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.ChangeReason;
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
import tools.jackson.databind.json.JsonMapper;

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
  private final ActionWords actionWords;
  private final Clock clock;
  private final JsonMapper json;

  BookingPanelViews(
      AirlineManagement airline,
      MediaManagement media,
      ConversationManagement conversations,
      MessageDetails details,
      MessageSource messages,
      ActionWords actionWords,
      Clock clock,
      JsonMapper json) {
    this.airline = airline;
    this.media = media;
    this.conversations = conversations;
    this.details = details;
    this.messages = messages;
    this.actionWords = actionWords;
    this.clock = clock;
    this.json = json;
  }

  /** The panel with what went wrong, and no seat map. */
  BookingPanel saying(
      PurserPrincipal caller, long conversation, BookingPanels.Asked asked, String outcome) {
    return panel(caller, conversation, asked, null, outcome, false, false, null);
  }

  /**
   * @param seatsFor the segment whose seat map to show, or null
   * @param tellCustomer prepare the reply telling the customer the itinerary of {@code seatsFor}
   * @param reason the change reason the alternatives' quotes assume; null for the segment's own
   */
  BookingPanel panel(
      PurserPrincipal caller,
      long conversation,
      BookingPanels.Asked asked,
      String seatsFor,
      String outcome,
      boolean outcomeOk,
      boolean tellCustomer,
      ChangeReason reason) {
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
            actionWords.shown(ws, airline.actions(ws, conversation).orElse(List.of())),
            outcome,
            outcomeOk,
            null,
            UUID.randomUUID().toString(),
            supervisor,
            kept.stream().anyMatch(m -> "pending".equals(m.status())),
            clock.instant(),
            null);
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
                  supervisor,
                  reason)
              : Optional.empty();
      var seatSegment = seatsFor == null ? null : booking.get().segment(seatsFor).orElse(null);
      SeatMap seatMap =
          seatSegment == null ? null : airline.seatMap(ws, seatSegment.flight().key()).orElse(null);
      var toTell =
          tellCustomer && seatSegment != null
              ? Optional.of(seatSegment)
              : untoldChange(panel.actions(), said, locator).flatMap(booking.get()::segment);
      var reply = toTell.map(s -> reply(booking.get(), s, customerLanguage(said))).orElse(null);
      return panel.with(booking.get(), alternatives.orElse(null), seatSegment, seatMap, reply);
    } catch (AirlineUnavailable unavailable) {
      return panel.because(text("booking.unavailable", unavailable.getMessage()));
    }
  }

  /**
   * The segment of the latest change to this booking the customer has not been told about: a
   * rebooking or seat done from this conversation after the last reply sent in it. The reply that
   * tells them is made again from it, so it survives a reload until the agent has answered.
   */
  private Optional<String> untoldChange(
      List<BookingActionView> actions, List<MessageView> said, String locator) {
    var lastReply =
        said.stream()
            .filter(m -> !m.isInbound() && m.createdAt() != null)
            .map(MessageView::createdAt)
            .max(java.util.Comparator.naturalOrder());
    for (int i = actions.size() - 1; i >= 0; i--) {
      var action = actions.get(i);
      if (!locator.equalsIgnoreCase(action.recordLocator())
          || !("rebook".equals(action.kind()) || "seat".equals(action.kind()))) {
        continue;
      }
      if (!"done".equals(action.status())) {
        return Optional.empty();
      }
      var finished =
          action.audit().isEmpty()
              ? action.requestedAt()
              : action.audit().get(action.audit().size() - 1).at();
      if (lastReply.isPresent() && !finished.isAfter(lastReply.get())) {
        return Optional.empty();
      }
      var segment = json.readTree(action.request()).path("segmentId");
      return segment.isString() ? Optional.of(segment.asString()) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Alternatives are worth showing when a segment was moved, delayed or cancelled, and for a
   * confirmed booking whose flight has not left: the customer may ask to change it.
   */
  private static boolean needsAlternatives(Booking booking, java.time.Instant now) {
    return booking.segments().stream()
        .anyMatch(s -> s.status() != SegmentStatus.CONFIRMED || !s.flight().surelyLeft(now));
  }

  /** What the customer will be told once the segment is on the new flight, for the review. */
  String previewReply(Booking booking, Segment segment, long workspaceId, long conversation) {
    return reply(booking, segment, customerLanguage(workspaceId, conversation));
  }

  /** The language of the conversation's customer, which the replies and confirmations use. */
  String customerLanguage(long workspaceId, long conversation) {
    return customerLanguage(conversations.messages(workspaceId, conversation));
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

  static String normalised(String locator) {
    return locator == null ? null : RecordLocator.normalise(locator).orElse(null);
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
