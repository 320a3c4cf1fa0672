package io.purser.airline;

import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.RecordLocator;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bookings, their alternatives and seat maps through the REST API. */
@RestController
class BookingController {

  private final AirlineManagement airline;

  BookingController(AirlineManagement airline) {
    this.airline = airline;
  }

  /** The booking: passengers, segments with status, schedule changes and seats. */
  @GetMapping("/api/v1/bookings/{recordLocator}")
  ResponseEntity<?> booking(
      @PathVariable String recordLocator, @RequestParam(required = false) String lastName) {
    var locator = locator(recordLocator);
    return airline
        .booking(locator, lastName)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(
            () ->
                AirlineProblems.problem(
                    HttpStatus.NOT_FOUND,
                    "Not found",
                    "No booking "
                        + locator
                        + (lastName == null ? "" : " for a passenger named " + lastName)));
  }

  /**
   * The alternatives to a segment, ranked for the customer's wishes: {@code wish} ("after 6 pm"),
   * or the latest customer message of {@code conversationId}.
   */
  @GetMapping("/api/v1/bookings/{recordLocator}/alternatives")
  ResponseEntity<?> alternatives(
      PurserPrincipal caller,
      @PathVariable String recordLocator,
      @RequestParam(required = false) String segment,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
          LocalTime after,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
          LocalTime before,
      @RequestParam(required = false) String origin,
      @RequestParam(required = false) String destination,
      @RequestParam(required = false) String cabin,
      @RequestParam(required = false) String wish,
      @RequestParam(required = false) Long conversationId) {
    var locator = locator(recordLocator);
    var text = wish;
    if (text == null && conversationId != null) {
      text = airline.latestCustomerText(caller.workspaceId(), conversationId).orElse(null);
    }
    var filters =
        new AlternativeSearch(
            locator,
            segment == null ? "" : segment,
            date,
            after,
            before,
            airport(origin),
            airport(destination),
            cabin(cabin));
    return airline
        .alternatives(locator, segment, filters, text, caller.can(Role.SUPERVISOR))
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(
            () ->
                AirlineProblems.problem(
                    HttpStatus.NOT_FOUND,
                    "Not found",
                    "No booking "
                        + locator
                        + (segment == null ? "" : " with a segment " + segment)));
  }

  @GetMapping("/api/v1/flights/{number}/{date}/seat-map")
  ResponseEntity<?> seatMap(
      @PathVariable String number,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    var key = new FlightKey(number, date);
    return airline
        .seatMap(key)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(
            () ->
                AirlineProblems.problem(
                    HttpStatus.NOT_FOUND,
                    "Not found",
                    "No flight " + key.number() + " on " + date));
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
