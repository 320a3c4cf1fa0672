package io.purser.airline.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders alternative flights for the agent: the ones the customer pointed at (in a screenshot)
 * first, then the ones that fit every wish of the customer, then the closest to the time the
 * customer originally booked (before any schedule change), then the cheapest, then the emptiest.
 */
public final class AlternativeRanking {

  private AlternativeRanking() {}

  public static List<RankedAlternative> rank(
      List<Alternative> alternatives, List<TravelConstraint> wishes, Segment current) {
    return rank(alternatives, wishes, current, List.of());
  }

  public static List<RankedAlternative> rank(
      List<Alternative> alternatives,
      List<TravelConstraint> wishes,
      Segment current,
      List<ShownFlight> shown) {
    var wanted = originalDeparture(current);
    Comparator<Alternative> order =
        Comparator.<Alternative>comparingInt(a -> isShown(a, shown) ? 0 : 1)
            .thenComparingInt(a -> fitsAll(a, wishes) ? 0 : 1)
            .thenComparing(a -> distance(a.flight().departure(), wanted))
            .thenComparing(a -> a.fare().amount())
            .thenComparing(Comparator.comparingInt(Alternative::seatsLeft).reversed())
            .thenComparing(a -> a.flight().number());
    return alternatives.stream()
        .filter(a -> !a.flight().key().equals(current.flight().key()))
        .sorted(order)
        .map(
            a ->
                new RankedAlternative(
                    a, fitsAll(a, wishes), isShown(a, shown), reasons(a, wishes, wanted, shown)))
        .toList();
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
