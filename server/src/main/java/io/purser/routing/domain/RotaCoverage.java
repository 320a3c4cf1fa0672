package io.purser.routing.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Who is on shift when: the weekly rotas of several teams, each in its own time zone, laid over a
 * stretch of real time, and the gaps where no team covers the queue — visible before they happen.
 * Daylight-saving shifts are those of each team's zone: a 09:00–17:00 shift stays 09:00–17:00 local
 * time, so its UTC hours move (and a shift in a skipped hour is shortened accordingly).
 */
public final class RotaCoverage {

  /** A weekly shift of one team: [start, end) local time on a day; an end of null is midnight. */
  public record WeeklyShift(
      String team, ZoneId zone, DayOfWeek day, LocalTime start, LocalTime end) {
    public WeeklyShift {
      Objects.requireNonNull(team, "team is required");
      Objects.requireNonNull(zone, "zone is required");
      Objects.requireNonNull(day, "day is required");
      Objects.requireNonNull(start, "start is required");
      if (end != null && !end.isAfter(start)) {
        throw new IllegalArgumentException(
            "a shift must end after it starts (" + start + "–" + end + "); use null for midnight");
      }
    }
  }

  /** A stretch of real time, [from, to). */
  public record Interval(Instant from, Instant to) {
    public Duration length() {
      return Duration.between(from, to);
    }
  }

  private final List<WeeklyShift> shifts;

  public RotaCoverage(List<WeeklyShift> shifts) {
    this.shifts = List.copyOf(shifts);
  }

  /** The shifts that actually happen between from and to, merged into covered intervals. */
  public List<Interval> covered(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the period must end after it starts");
    }
    var pieces = new ArrayList<Interval>();
    for (var shift : shifts) {
      var first = LocalDate.ofInstant(from, shift.zone()).minusDays(1);
      var last = LocalDate.ofInstant(to, shift.zone()).plusDays(1);
      for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
        if (day.getDayOfWeek() != shift.day()) {
          continue;
        }
        var start = day.atTime(shift.start()).atZone(shift.zone()).toInstant();
        var end =
            shift.end() == null
                ? day.plusDays(1).atStartOfDay(shift.zone()).toInstant()
                : day.atTime(shift.end()).atZone(shift.zone()).toInstant();
        var clippedStart = start.isBefore(from) ? from : start;
        var clippedEnd = end.isAfter(to) ? to : end;
        if (clippedEnd.isAfter(clippedStart)) {
          pieces.add(new Interval(clippedStart, clippedEnd));
        }
      }
    }
    pieces.sort(Comparator.comparing(Interval::from));
    var merged = new ArrayList<Interval>();
    for (var piece : pieces) {
      if (!merged.isEmpty() && !piece.from().isAfter(merged.get(merged.size() - 1).to())) {
        var lastPiece = merged.remove(merged.size() - 1);
        var end = piece.to().isAfter(lastPiece.to()) ? piece.to() : lastPiece.to();
        merged.add(new Interval(lastPiece.from(), end));
      } else {
        merged.add(piece);
      }
    }
    return List.copyOf(merged);
  }

  /** The stretches between from and to when no team is on shift. */
  public List<Interval> gaps(Instant from, Instant to) {
    var gaps = new ArrayList<Interval>();
    var cursor = from;
    for (var covered : covered(from, to)) {
      if (covered.from().isAfter(cursor)) {
        gaps.add(new Interval(cursor, covered.from()));
      }
      if (covered.to().isAfter(cursor)) {
        cursor = covered.to();
      }
    }
    if (to.isAfter(cursor)) {
      gaps.add(new Interval(cursor, to));
    }
    return List.copyOf(gaps);
  }

  /** The teams on shift at an instant. */
  public List<String> onShift(Instant at) {
    var teams = new ArrayList<String>();
    for (var shift : shifts) {
      boolean on = !new RotaCoverage(List.of(shift)).covered(at, at.plusNanos(1)).isEmpty();
      if (on && !teams.contains(shift.team())) {
        teams.add(shift.team());
      }
    }
    return List.copyOf(teams);
  }
}
