package io.purser.airline.web;

import io.purser.airline.AirlineManagement;
import io.purser.airline.AlternativeSearch;
import io.purser.airline.BookingRequest;
import io.purser.airline.booking.BookingAccess;
import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.RecordLocator;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bookings and their alternatives, read for a conversation of the caller's workspace (see {@link
 * BookingAccess}), and seat maps, through the REST API.
 */
@RestController
class BookingController {

  private final AirlineManagement airline;

  BookingController(AirlineManagement airline) {
    this.airline = airline;
  }

  /**
   * The booking: passengers, segments with status, schedule changes and seats; found only when the
   * customer wrote the locator in the conversation or {@code lastName} is a passenger's. The former
   * address {@code /api/v1/bookings/{recordLocator}} answers too, for the conversation named by
   * {@code conversationId} (required there).
   */
  @GetMapping({
    "/api/v1/conversations/{id}/bookings/{recordLocator}",
    "/api/v1/bookings/{recordLocator}"
  })
  ResponseEntity<?> booking(
      PurserPrincipal caller,
      @PathVariable(required = false) Long id,
      @RequestParam(required = false) Long conversationId,
      @PathVariable String recordLocator,
      @RequestParam(required = false) String lastName) {
    return forConversation(
        caller,
        id != null ? id : conversationId,
        recordLocator,
        lastName,
        asked -> AirlineProblems.okOrNotFound(airline.booking(asked), notFound(asked)));
  }

  /**
   * The alternatives to a segment, ranked for the customer's wishes: {@code wish} ("after 6 pm"),
   * or the conversation's latest customer message.
   */
  @GetMapping({
    "/api/v1/conversations/{id}/bookings/{recordLocator}/alternatives",
    "/api/v1/bookings/{recordLocator}/alternatives"
  })
  ResponseEntity<?> alternatives(
      PurserPrincipal caller,
      @PathVariable(required = false) Long id,
      @RequestParam(required = false) Long conversationId,
      @PathVariable String recordLocator,
      @RequestParam(required = false) String lastName,
      @RequestParam(required = false) String segment,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
          LocalTime after,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
          LocalTime before,
      @RequestParam(required = false) String origin,
      @RequestParam(required = false) String destination,
      @RequestParam(required = false) String cabin,
      @RequestParam(required = false) String wish) {
    return forConversation(
        caller,
        id != null ? id : conversationId,
        recordLocator,
        lastName,
        asked -> {
          var text =
              wish != null
                  ? wish
                  : airline
                      .latestCustomerText(caller.workspaceId(), asked.conversationId())
                      .orElse(null);
          var filters =
              new AlternativeSearch(
                  asked.recordLocator(),
                  segment == null ? "" : segment,
                  date,
                  after,
                  before,
                  airport(origin),
                  airport(destination),
                  cabin(cabin));
          return AirlineProblems.okOrNotFound(
              airline.alternatives(
                  asked, segment, filters, text, List.of(), caller.can(Role.SUPERVISOR), null),
              notFound(asked) + (segment == null ? "" : "; or it has no segment " + segment));
        });
  }

  /** A flight's seat map on the workspace's airline: free and taken seats, nobody's name. */
  @GetMapping("/api/v1/flights/{number}/{date}/seat-map")
  ResponseEntity<?> seatMap(
      PurserPrincipal caller,
      @PathVariable String number,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    var key = new FlightKey(number, date);
    return AirlineProblems.okOrNotFound(
        airline.seatMap(caller.workspaceId(), key), "No flight " + key.number() + " on " + date);
  }

  /**
   * A booking is read for a conversation: from the path, or {@code conversationId} on the old one.
   */
  private static ResponseEntity<?> forConversation(
      PurserPrincipal caller,
      Long conversation,
      String recordLocator,
      String lastName,
      Function<BookingRequest, ResponseEntity<?>> answer) {
    if (conversation == null) {
      return AirlineProblems.problem(
          HttpStatus.BAD_REQUEST,
          "Conversation required",
          "A booking is read for a conversation of your workspace: use"
              + " /api/v1/conversations/{id}/bookings/{recordLocator} or add ?conversationId=");
    }
    return answer.apply(
        new BookingRequest(caller.workspaceId(), conversation, locator(recordLocator), lastName));
  }

  private static String notFound(BookingRequest asked) {
    return BookingAccess.notFound(asked.recordLocator());
  }

  private static String locator(String typed) {
    return RecordLocator.normalise(typed)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "A record locator is six letters or digits, got '" + typed + "'"));
  }

  private static String airport(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    var upper = code.strip().toUpperCase(Locale.ROOT);
    if (!upper.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "An airport is a three-letter IATA code, got '" + code + "'");
    }
    return upper;
  }

  private static Cabin cabin(String cabin) {
    if (cabin == null || cabin.isBlank()) {
      return null;
    }
    try {
      return Cabin.valueOf(cabin.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cabin must be economy or business, got '" + cabin + "'");
    }
  }
}
