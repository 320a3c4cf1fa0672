package io.purser.airline.action;

import io.purser.airline.domain.Segment;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A segment in words for the audit trail and the timeline: "DA118 JFK→CDG 2026-12-05 19:15". */
final class BookingWords {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private BookingWords() {}

  static String segment(Segment s) {
    var f = s.flight();
    return "%s %s→%s %s (%s)"
        .formatted(
            f.number(),
            f.origin(),
            f.destination(),
            WHEN.format(f.departure()),
            s.cabin().name().toLowerCase(Locale.ROOT));
  }

  static String seat(Segment s, String passengerId) {
    return "passenger "
        + passengerId
        + " on "
        + s.flight().number()
        + ": "
        + s.seatOf(passengerId).map(seat -> "seat " + seat).orElse("no seat");
  }
}
