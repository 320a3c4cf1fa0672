package io.purser.airline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fare rule, the change policy, the ranking of alternatives and the seat layouts. */
class BookingRulesTest {

  static final LocalDateTime DAY = LocalDateTime.of(2026, 12, 5, 0, 0);

  /** A morning long before every flight of {@link #DAY} has left. */
  static final Instant BEFORE = Instant.parse("2026-12-04T12:00:00Z");

  static Flight flight(String number, int hour, int minute) {
    var departs = DAY.withHour(hour).withMinute(minute);
    return new Flight(number, "JFK", "CDG", departs, departs.plusHours(7).plusMinutes(15), "B787");
  }

  static Segment movedSegment() {
    var now = flight("DA118", 19, 15);
    return new Segment(
        "2",
        now,
        Cabin.ECONOMY,
        Money.of("420", "EUR"),
        SegmentStatus.SCHEDULE_CHANGED,
        new ScheduleChange(
            DAY.withHour(22).withMinute(15), DAY.plusDays(1).withHour(11).withMinute(30)),
        List.of());
  }

  static Segment confirmedSegment() {
    return new Segment(
        "1",
        flight("DA118", 19, 15),
        Cabin.ECONOMY,
        Money.of("420", "EUR"),
        SegmentStatus.CONFIRMED,
        null,
        List.of());
  }

  @Test
  void anInvoluntaryChangeIsFreeWhateverTheNewFare() {
    var quote =
        FareRule.quote(
            ChangeReason.SCHEDULE_CHANGE, Money.of("420", "EUR"), Money.of("610", "EUR"));
    assertThat(quote).isEqualTo(new FareQuote.Waived(ChangeReason.SCHEDULE_CHANGE));
    assertThat(quote.costsTheCustomer()).isFalse();
  }

  @Test
  void aCustomersChangeCostsTheDifferenceButNeverRefunds() {
    assertThat(
            FareRule.quote(
                ChangeReason.CUSTOMER_REQUEST, Money.of("420", "EUR"), Money.of("505", "EUR")))
        .isEqualTo(new FareQuote.Difference(Money.of("85", "EUR")));
    assertThat(
            FareRule.quote(
                ChangeReason.CUSTOMER_REQUEST, Money.of("420", "EUR"), Money.of("300", "EUR")))
        .isEqualTo(new FareQuote.Difference(Money.of("0", "EUR")));
  }

  @Test
  void anAgentMayWaiveTheFareForAScheduleChangeTheBookingShows() {
    var quote =
        FareRule.quote(
            ChangeReason.SCHEDULE_CHANGE, Money.of("420", "EUR"), Money.of("610", "EUR"));
    assertThat(ChangePolicy.decide(movedSegment(), ChangeReason.SCHEDULE_CHANGE, quote, false))
        .isInstanceOf(ChangePolicy.Decision.Allowed.class);
  }

  @Test
  void anAgentNeedsASupervisorToClaimADisruptionTheBookingDoesNotShow() {
    var quote =
        FareRule.quote(ChangeReason.CANCELLATION, Money.of("420", "EUR"), Money.of("610", "EUR"));
    var decision = ChangePolicy.decide(confirmedSegment(), ChangeReason.CANCELLATION, quote, false);
    assertThat(decision).isInstanceOf(ChangePolicy.Decision.NeedsSupervisor.class);
    assertThat(((ChangePolicy.Decision.NeedsSupervisor) decision).reason())
        .contains("no cancellation");
  }

  @Test
  void aFareDifferenceNeedsASupervisorAndASupervisorMayApproveIt() {
    var quote =
        FareRule.quote(
            ChangeReason.CUSTOMER_REQUEST, Money.of("420", "EUR"), Money.of("505", "EUR"));
    var agent =
        ChangePolicy.decide(confirmedSegment(), ChangeReason.CUSTOMER_REQUEST, quote, false);
    assertThat(((ChangePolicy.Decision.NeedsSupervisor) agent).reason()).contains("EUR 85.00");
    assertThat(ChangePolicy.decide(confirmedSegment(), ChangeReason.CUSTOMER_REQUEST, quote, true))
        .isInstanceOf(ChangePolicy.Decision.Allowed.class);
  }

  @Test
  void ranksFlightsThatFitTheWishFirstThenClosestToTheOriginallyBookedTime() {
    var early = new Alternative(flight("DA119", 17, 10), Cabin.ECONOMY, 40, Money.of("400", "EUR"));
    var late = new Alternative(flight("DA120", 21, 50), Cabin.ECONOMY, 12, Money.of("480", "EUR"));
    var morning =
        new Alternative(flight("DA121", 8, 30), Cabin.ECONOMY, 80, Money.of("350", "EUR"));
    var ranked =
        AlternativeRanking.rank(
            List.of(morning, early, late),
            List.of(new TravelConstraint.DepartAfter(LocalTime.of(21, 0))),
            movedSegment(),
            List.of(),
            BEFORE);
    assertThat(ranked)
        .extracting(r -> r.alternative().flight().number())
        .containsExactly("DA120", "DA119", "DA121");
    assertThat(ranked.get(0).fits()).isTrue();
    assertThat(ranked.get(0).reasons())
        .contains("fits: departs after 21:00", "25 min before the originally booked departure");
    assertThat(ranked.get(1).fits()).isFalse();
  }

  @Test
  void theFlightTheCustomerShowedComesFirstEvenWhenItFitsNoWish() {
    var early = new Alternative(flight("DA119", 17, 10), Cabin.ECONOMY, 40, Money.of("400", "EUR"));
    var late = new Alternative(flight("DA120", 21, 50), Cabin.ECONOMY, 12, Money.of("480", "EUR"));
    var shown = early.flight().departure().toLocalDate();

    var ranked =
        AlternativeRanking.rank(
            List.of(late, early),
            List.of(new TravelConstraint.DepartAfter(LocalTime.of(21, 0))),
            movedSegment(),
            List.of(new ShownFlight("da 119", shown)),
            BEFORE);

    assertThat(ranked)
        .extracting(r -> r.alternative().flight().number())
        .containsExactly("DA119", "DA120");
    assertThat(ranked.get(0).shown()).isTrue();
    assertThat(ranked.get(0).reasons())
        .first()
        .isEqualTo("the flight the customer sent a picture of");
    assertThat(ranked.get(1).shown()).isFalse();
    assertThat(
            AlternativeRanking.rank(
                List.of(late, early),
                List.of(),
                movedSegment(),
                List.of(new ShownFlight("DA119", shown.plusDays(1))),
                BEFORE))
        .as("the same number on another day is another flight")
        .noneMatch(RankedAlternative::shown);
  }

  @Test
  void theCurrentFlightIsNeverItsOwnAlternative() {
    var same = new Alternative(flight("DA118", 19, 15), Cabin.ECONOMY, 40, Money.of("400", "EUR"));
    assertThat(AlternativeRanking.rank(List.of(same), List.of(), movedSegment(), List.of(), BEFORE))
        .isEmpty();
  }

  @Test
  void seatLayoutsKnowWindowsAndAisles() {
    var seats = AircraftLayout.A320.seats(code -> code.equals("14A"));
    assertThat(seats)
        .filteredOn(s -> s.code().equals("14A"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.position()).isEqualTo(SeatPosition.WINDOW);
              assertThat(s.free()).isFalse();
            });
    assertThat(seats)
        .filteredOn(s -> s.code().equals("14C"))
        .singleElement()
        .extracting(Seat::position)
        .isEqualTo(SeatPosition.AISLE);
    assertThat(seats)
        .filteredOn(s -> s.code().equals("14B"))
        .singleElement()
        .extracting(Seat::position)
        .isEqualTo(SeatPosition.MIDDLE);
    assertThat(seats).noneMatch(s -> s.row() == 13);
    var wide = AircraftLayout.B787.seats(code -> false);
    assertThat(wide)
        .filteredOn(s -> s.code().equals("20K"))
        .singleElement()
        .extracting(Seat::position)
        .isEqualTo(SeatPosition.WINDOW);
    assertThat(wide)
        .filteredOn(s -> s.code().equals("20G"))
        .singleElement()
        .extracting(Seat::position)
        .isEqualTo(SeatPosition.AISLE);
    assertThat(AircraftLayout.B787.capacity(Cabin.BUSINESS)).isEqualTo(36);
  }

  @Test
  void recordLocatorsAreSixLettersOrDigitsInAnyCase() {
    assertThat(RecordLocator.normalise(" k7m2qx ")).contains("K7M2QX");
    assertThat(RecordLocator.normalise("K7M2Q")).isEmpty();
    assertThat(RecordLocator.normalise("K7M-2QX")).isEmpty();
    assertThat(RecordLocator.normalise(null)).isEmpty();
  }

  @Test
  void aFlightNumberIsCheckedWithAMessage() {
    assertThatThrownBy(() -> new FlightKey("not a flight", DAY.toLocalDate()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two-character airline code");
  }
}
