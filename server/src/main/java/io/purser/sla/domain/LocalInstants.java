package io.purser.sla.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Turns a local date and time into an instant where daylight saving makes that ambiguous: a time in
 * a spring-forward gap never shows on the clock, so it becomes the end of the gap; a time in an
 * autumn overlap shows twice, so the caller says which passage it means.
 */
final class LocalInstants {

  private LocalInstants() {}

  /** The first instant at which the local clock shows {@code time} on {@code date} (or later). */
  static Instant first(LocalDate date, LocalTime time, ZoneId zone) {
    return at(date, time, zone, true);
  }

  /** The last instant at which the local clock shows {@code time} on {@code date} (or later). */
  static Instant last(LocalDate date, LocalTime time, ZoneId zone) {
    return at(date, time, zone, false);
  }

  private static Instant at(LocalDate date, LocalTime time, ZoneId zone, boolean firstPassage) {
    var local = date.atTime(time);
    var transition = zone.getRules().getTransition(local);
    if (transition == null) {
      return local.atZone(zone).toInstant();
    }
    if (transition.isGap()) {
      return transition.getInstant();
    }
    return local.toInstant(
        firstPassage ? transition.getOffsetBefore() : transition.getOffsetAfter());
  }
}
