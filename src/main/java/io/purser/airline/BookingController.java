package io.purser.airline;

import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.RecordLocator;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
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
    var conversation = conversation(id, conversationId);
    if (conversation == null) {
      return conversationRequired();
    }
    var asked =
        new BookingRequest(caller.workspaceId(), conversation, locator(recordLocator), lastName);
    return airline
        .booking(asked)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> notFound(asked));
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
    var conversation = conversation(id, conversationId);
    if (conversation == null) {
      return conversationRequired();
    }
    var asked =
        new BookingRequest(caller.workspaceId(), conversation, locator(recordLocator), lastName);
    var text =
        wish != null
            ? wish
            : airline.latestCustomerText(caller.workspaceId(), conversation).orElse(null);
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
    return airline
        .alternatives(asked, segment, filters, text, List.of(), caller.can(Role.SUPERVISOR))
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(
            () ->
                AirlineProblems.problem(
                    HttpStatus.NOT_FOUND,
                    "Not found",
                    BookingAccess.notFound(asked.recordLocator())
                        + (segment == null ? "" : "; or it has no segment " + segment)));
  }

  /** A flight's seat map on the workspace's airline: free and taken seats, nobody's name. */
  @GetMapping("/api/v1/flights/{number}/{date}/seat-map")
  ResponseEntity<?> seatMap(
      PurserPrincipal caller,
      @PathVariable String number,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    var key = new FlightKey(number, date);
    return airline
        .seatMap(caller.workspaceId(), key)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(
            () ->
                AirlineProblems.problem(
                    HttpStatus.NOT_FOUND,
                    "Not found",
                    "No flight " + key.number() + " on " + date));
  }

  /**
   * A booking is read for a conversation: from the path, or {@code conversationId} on the old one.
   */
  private static Long conversation(Long fromPath, Long fromQuery) {
    return fromPath != null ? fromPath : fromQuery;
  }

  private static ResponseEntity<?> conversationRequired() {
    return AirlineProblems.problem(
        HttpStatus.BAD_REQUEST,
        "Conversation required",
        "A booking is read for a conversation of your workspace: use"
            + " /api/v1/conversations/{id}/bookings/{recordLocator} or add ?conversationId=");
  }

  private static ResponseEntity<?> notFound(BookingRequest asked) {
    return AirlineProblems.problem(
        HttpStatus.NOT_FOUND, "Not found", BookingAccess.notFound(asked.recordLocator()));
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
