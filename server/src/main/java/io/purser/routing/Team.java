package io.purser.routing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A team of agents, with its members and its weekly rota in the team's time zone. */
public record Team(long id, String name, ZoneId zone, List<Long> members, List<Shift> shifts) {

  /** A weekly shift in the team's time zone; {@code end} of null means midnight. */
  public record Shift(DayOfWeek day, LocalTime start, LocalTime end) {
    public int startMinute() {
      return start.getHour() * 60 + start.getMinute();
    }

    public int endMinute() {
      return end == null ? 1440 : end.getHour() * 60 + end.getMinute();
    }
  }
}
