package io.purser.airline.http;

import io.purser.airline.AirlineConnector;
import io.purser.airline.AirlineUnavailable;
import io.purser.airline.AirlineUnavailable.Kind;
import io.purser.airline.AlternativeSearch;
import io.purser.airline.BookingOutcome;
import io.purser.airline.ConfirmationOutcome;
import io.purser.airline.ConfirmationRequest;
import io.purser.airline.ConnectorSettings;
import io.purser.airline.SeatRequest;
import io.purser.airline.SegmentChange;
import io.purser.airline.domain.Alternative;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.FlightKey;
import io.purser.airline.domain.SeatMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The airline's own system behind the connector port, over HTTPS with HMAC-signed JSON (see
 * docs/airline-connector.openapi.yaml). 404 means not found, 409 and 422 are refusals with a code;
 * anything else, a timeout or an answer we cannot read is {@link AirlineUnavailable}.
 */
public class HttpAirlineConnector implements AirlineConnector {

  private final ConnectorCalls calls;
  private final JsonMapper json;

  /** A connector on one workspace's settings (kind http). */
  public HttpAirlineConnector(ConnectorSettings settings, Clock clock, JsonMapper json) {
    this.calls = new ConnectorCalls(settings, clock);
    this.json = json;
  }

  @Override
  public Optional<Booking> findBooking(String recordLocator, String lastName) {
    var path =
        "/bookings/"
            + encode(recordLocator)
            + (lastName == null || lastName.isBlank() ? "" : "?lastName=" + encode(lastName));
    var answer = calls.send("GET", path, "", null);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(read(expectOk(answer), Booking.class));
  }

  @Override
  public List<Alternative> alternatives(AlternativeSearch search) {
    var path = "/bookings/" + encode(search.recordLocator()) + "/alternatives";
    var answer = calls.send("POST", path, write(search), null);
    if (answer.status() == 404) {
      return List.of();
    }
    var items = read(expectOk(answer), ConnectorWire.Alternatives.class).items();
    return items == null ? List.of() : items;
  }

  @Override
  public BookingOutcome changeSegment(SegmentChange c) {
    var path =
        "/bookings/" + encode(c.recordLocator()) + "/segments/" + encode(c.segmentId()) + "/change";
    var body = write(new ConnectorWire.Change(c.newFlight(), c.cabin(), c.reason()));
    return bookingOutcome(calls.send("POST", path, body, c.idempotencyKey()));
  }

  @Override
  public Optional<SeatMap> seatMap(FlightKey flight) {
    var answer =
        calls.send(
            "GET", "/flights/" + flight.number() + "/" + flight.date() + "/seat-map", "", null);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(read(expectOk(answer), SeatMap.class));
  }

  @Override
  public BookingOutcome assignSeat(SeatRequest r) {
    var path = "/bookings/" + encode(r.recordLocator()) + "/seats";
    var body = write(new ConnectorWire.SeatBody(r.segmentId(), r.passengerId(), r.seat()));
    return bookingOutcome(calls.send("POST", path, body, r.idempotencyKey()));
  }

  @Override
  public ConfirmationOutcome sendConfirmation(ConfirmationRequest r) {
    var path = "/bookings/" + encode(r.recordLocator()) + "/confirmations";
    var answer =
        calls.send(
            "POST",
            path,
            write(new ConnectorWire.ConfirmationBody(r.email(), r.language())),
            r.idempotencyKey());
    if (refusal(answer.status())) {
      var refusal = refusalOf(answer);
      return new ConfirmationOutcome.Refused(refusal.code(), refusal.detail());
    }
    return new ConfirmationOutcome.Sent(
        read(expectOk(answer), ConnectorWire.Confirmed.class).recipient());
  }

  private BookingOutcome bookingOutcome(ConnectorCalls.Answer answer) {
    if (refusal(answer.status())) {
      var refusal = refusalOf(answer);
      return new BookingOutcome.Refused(refusal.code(), refusal.detail());
    }
    return new BookingOutcome.Updated(read(expectOk(answer), Booking.class));
  }

  private static boolean refusal(int status) {
    return status == 404 || status == 409 || status == 422;
  }

  private ConnectorWire.Refusal refusalOf(ConnectorCalls.Answer answer) {
    try {
      var refusal = json.readValue(answer.body(), ConnectorWire.Refusal.class);
      var code = refusal.code() == null ? "refused_" + answer.status() : refusal.code();
      var detail =
          refusal.detail() == null
              ? "The airline refused (HTTP " + answer.status() + ")"
              : refusal.detail();
      return new ConnectorWire.Refusal(code, detail);
    } catch (JacksonException unreadable) {
      return new ConnectorWire.Refusal(
          "refused_" + answer.status(), "The airline refused (HTTP " + answer.status() + ")");
    }
  }

  private static String expectOk(ConnectorCalls.Answer answer) {
    if (answer.status() >= 500) {
      throw new AirlineUnavailable(
          Kind.FAILED, "The airline's system failed (HTTP " + answer.status() + ")");
    }
    if (answer.status() == 401 || answer.status() == 403) {
      throw new AirlineUnavailable(
          Kind.FAILED,
          "The airline's system refused our signature (HTTP "
              + answer.status()
              + "); check the connector's HMAC secret (PUT /api/v1/airline/connector, or"
              + " purser.airline.hmac-secret for the default workspace)");
    }
    if (answer.status() != 200) {
      throw new AirlineUnavailable(
          Kind.FAILED, "The airline's system answered HTTP " + answer.status());
    }
    return answer.body();
  }

  private <T> T read(String body, Class<T> type) {
    try {
      var value = json.readValue(body, type);
      if (value == null) {
        throw new AirlineUnavailable(Kind.MALFORMED, "The airline's system answered an empty body");
      }
      return value;
    } catch (JacksonException | IllegalArgumentException | NullPointerException malformed) {
      throw new AirlineUnavailable(
          Kind.MALFORMED,
          "The airline's system answered something that is not a valid "
              + type.getSimpleName()
              + ": "
              + firstLine(malformed.getMessage()),
          malformed);
    }
  }

  private String write(Object body) {
    return json.writeValueAsString(body);
  }

  private static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    var line = message.lines().findFirst().orElse(message);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
