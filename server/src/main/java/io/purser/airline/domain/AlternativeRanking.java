package io.purser.airline.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Leaves out the flights that cannot be offered — those that may have left already (in the
 * departure airport's time zone) and the customer's own flight, the one being replaced, whether
 * cancelled, delayed or moved to another day — and orders the rest for the agent: the ones the
 * customer pointed at (in a screenshot) first, then the ones that fit every wish of the customer,
 * then the closest to the time the customer originally booked (before any schedule change), then
 * the cheapest, then the emptiest.
 */
public final class AlternativeRanking {

  private AlternativeRanking() {}

  /**
   * @param now the time of the search: a flight that may have left by then is no alternative
   */
  public static List<RankedAlternative> rank(
      List<Alternative> alternatives,
      List<TravelConstraint> wishes,
      Segment current,
      List<ShownFlight> shown,
      Instant now) {
    var wanted = originalDeparture(current);
    Comparator<Alternative> order =
        Comparator.<Alternative>comparingInt(a -> isShown(a, shown) ? 0 : 1)
            .thenComparingInt(a -> fitsAll(a, wishes) ? 0 : 1)
            .thenComparing(a -> distance(a.flight().departure(), wanted))
            .thenComparing(a -> a.fare().amount())
            .thenComparing(Comparator.comparingInt(Alternative::seatsLeft).reversed())
            .thenComparing(a -> a.flight().number());
    return alternatives.stream()
        .filter(a -> !isTheBookedFlight(a.flight(), current))
        .filter(a -> !a.flight().mayHaveLeft(now))
        .sorted(order)
        .map(
            a ->
                new RankedAlternative(
                    a, fitsAll(a, wishes), isShown(a, shown), reasons(a, wishes, wanted, shown)))
        .toList();
  }

  /**
   * The segment's own flight: the same number on the day it leaves now or, if the airline moved it
   * (perhaps past midnight), on the day it was booked for. It is the flight being replaced, never
   * its own alternative.
   */
  static boolean isTheBookedFlight(Flight flight, Segment current) {
    var booked = current.flight();
    if (!flight.number().equalsIgnoreCase(booked.number())) {
      return false;
    }
    var day = flight.departure().toLocalDate();
    return day.equals(booked.departure().toLocalDate())
        || day.equals(originalDeparture(current).toLocalDate());
  }

  /** When the customer meant to leave: before the airline moved the flight, if it did. */
  static LocalDateTime originalDeparture(Segment segment) {
    return segment.scheduleChange() != null
        ? segment.scheduleChange().previousDeparture()
        : segment.flight().departure();
  }

  private static boolean isShown(Alternative a, List<ShownFlight> shown) {
    return shown.stream().anyMatch(s -> s.matches(a.flight()));
  }

  private static boolean fitsAll(Alternative a, List<TravelConstraint> wishes) {
    return wishes.stream().allMatch(w -> w.fits(a.flight()));
  }

  private static Duration distance(LocalDateTime departure, LocalDateTime wanted) {
    return Duration.between(departure, wanted).abs();
  }

  private static List<String> reasons(
      Alternative a, List<TravelConstraint> wishes, LocalDateTime wanted, List<ShownFlight> shown) {
    var reasons = new ArrayList<String>();
    if (isShown(a, shown)) {
      reasons.add("the flight the customer sent a picture of");
    }
    for (var wish : wishes) {
      reasons.add((wish.fits(a.flight()) ? "fits: " : "does not fit: ") + wish.describe());
    }
    var gap = Duration.between(wanted, a.flight().departure());
    reasons.add(describe(gap) + " the originally booked departure");
    reasons.add(
        a.seatsLeft() + " seats left in " + a.cabin().name().toLowerCase(java.util.Locale.ROOT));
    return reasons;
  }

  private static String describe(Duration gap) {
    if (gap.isZero()) {
      return "same time as";
    }
    long minutes = gap.abs().toMinutes();
    var amount =
        minutes >= 60 ? (minutes / 60) + " h " + (minutes % 60) + " min" : minutes + " min";
    return amount + (gap.isNegative() ? " before" : " after");
  }
}
