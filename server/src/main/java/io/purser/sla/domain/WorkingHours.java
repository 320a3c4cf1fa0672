package io.purser.sla.domain;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One range of working hours within a day, from {@code start} (inclusive) to {@code end}
 * (exclusive). An {@code end} of {@link LocalTime#MIDNIGHT} means the end of the day (24:00), so
 * {@code 00:00–00:00} is the whole day.
 */
public record WorkingHours(LocalTime start, LocalTime end) {

  private static final long DAY_NANOS = 86_400_000_000_000L;

  public WorkingHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
      throw new IllegalArgumentException(
          "working hours must end after they start, or at midnight (24:00): " + start + "–" + end);
    }
  }

  /** Parses {@code "09:00"}-style times; {@code "24:00"} is accepted as the end of the day. */
  public static WorkingHours of(String start, String end) {
    return new WorkingHours(
        LocalTime.parse(start), "24:00".equals(end) ? LocalTime.MIDNIGHT : LocalTime.parse(end));
  }

  /** The whole day, 00:00–24:00. */
  public static WorkingHours allDay() {
    return new WorkingHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
  }

  /** Whether these hours run until the end of the day (24:00). */
  public boolean endsAtMidnight() {
    return end.equals(LocalTime.MIDNIGHT);
  }

  boolean overlaps(WorkingHours other) {
    return start.toNanoOfDay() < other.endNanos() && other.start.toNanoOfDay() < endNanos();
  }

  private long endNanos() {
    return endsAtMidnight() ? DAY_NANOS : end.toNanoOfDay();
  }
}
