package io.purser.airline.booking;

import io.purser.airline.AirlineConnector;
import io.purser.airline.AlternativeSearch;
import io.purser.airline.AlternativesView;
import io.purser.airline.BookingRequest;
import io.purser.airline.connector.AirlineConnectors;
import io.purser.airline.domain.Alternative;
import io.purser.airline.domain.AlternativeRanking;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.ChangePolicy;
import io.purser.airline.domain.ChangeReason;
import io.purser.airline.domain.ConstraintParser;
import io.purser.airline.domain.FareRule;
import io.purser.airline.domain.Segment;
import io.purser.airline.domain.SegmentStatus;
import io.purser.airline.domain.ShownFlight;
import io.purser.airline.domain.TravelConstraint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads bookings (as {@link BookingAccess} allows) on the workspace's airline and ranks the
 * alternatives to a segment for the customer's wishes.
 */
@Component
public class BookingLookup {

  private final BookingAccess access;
  private final AirlineConnectors connectors;
  private final Clock clock;

  BookingLookup(BookingAccess access, AirlineConnectors connectors, Clock clock) {
    this.access = access;
    this.connectors = connectors;
    this.clock = clock;
  }

  public Optional<Booking> booking(BookingRequest asked) {
    return access.open(asked);
  }

  public Optional<io.purser.airline.domain.SeatMap> seatMap(
      long workspaceId, io.purser.airline.domain.FlightKey flight) {
    return connectors.forWorkspace(workspaceId).seatMap(flight);
  }

  /**
   * @param segmentId null for the first disrupted segment, else the first still to leave
   * @param wishText the customer's words to read time wishes from ("after 6 pm"), or null
   * @param reason the reason the agent picked for the change, which the fare quotes and the policy
   *     assume; null for the segment's own (its disruption, else a customer request)
   */
  public Optional<AlternativesView> alternatives(
      long workspaceId,
      Booking booking,
      String segmentId,
      AlternativeSearch filters,
      String wishText,
      List<ShownFlight> shown,
      boolean supervisor,
      ChangeReason reason) {
    var segment =
        segmentId == null ? disruptedOrFirst(booking, clock.instant()) : booking.segment(segmentId);
    if (segment.isEmpty()) {
      return Optional.empty();
    }
    var current = segment.get();
    var search = filters.forSegment(booking.recordLocator(), current.id());
    List<TravelConstraint> wishes = ConstraintParser.parse(wishText);
    var why = reason == null ? reasonFor(current) : reason;
    var airline = connectors.forWorkspace(workspaceId);
    var ranked =
        AlternativeRanking.rank(
            found(airline, search, shown), wishes, current, shown, clock.instant());
    var items =
        ranked.stream()
            .map(
                r -> {
                  var a = r.alternative();
                  var quote = FareRule.quote(why, current.fare(), a.fare());
                  var decision = ChangePolicy.decide(booking, current, why, quote, supervisor);
                  return new AlternativesView.Option(
                      a.flight(),
                      a.cabin(),
                      a.seatsLeft(),
                      a.fare(),
                      r.fits(),
                      r.shown(),
                      r.reasons(),
                      quote.words(),
                      decision instanceof ChangePolicy.Decision.NeedsSupervisor n
                          ? n.reason()
                          : null,
                      quote);
                })
            .toList();
    return Optional.of(
        new AlternativesView(
            booking.recordLocator(),
            current,
            wishes.stream().map(TravelConstraint::describe).toList(),
            why.name(),
            items,
            wishes));
  }

  /**
   * The alternatives the search finds and, when no day was asked for, those on the days of the
   * flights the customer showed: a screenshot of the next day's flight is an alternative too.
   */
  private static List<Alternative> found(
      AirlineConnector airline, AlternativeSearch search, List<ShownFlight> shown) {
    var all = new ArrayList<>(airline.alternatives(search));
    if (search.date() != null) {
      return all;
    }
    var days =
        shown.stream()
            .map(ShownFlight::date)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    for (var day : days) {
      for (var a : airline.alternatives(search.onDay(day))) {
        if (all.stream().noneMatch(known -> known.flight().key().equals(a.flight().key()))) {
          all.add(a);
        }
      }
    }
    return all;
  }

  /** The first disrupted segment, else the first that has not left (a voluntary change). */
  private static Optional<Segment> disruptedOrFirst(Booking booking, java.time.Instant now) {
    return booking.segments().stream()
        .filter(s -> s.status() != SegmentStatus.CONFIRMED)
        .findFirst()
        .or(() -> booking.segments().stream().filter(s -> !s.flight().surelyLeft(now)).findFirst())
        .or(() -> booking.segments().stream().findFirst());
  }

  static ChangeReason reasonFor(Segment segment) {
    return ChangeReason.of(segment.status());
  }
}
