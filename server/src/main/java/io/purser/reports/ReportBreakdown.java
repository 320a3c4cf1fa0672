package io.purser.reports;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Locale;

/** The figures of a report broken down by one dimension, one item per value. */
public final class ReportBreakdown {

  private ReportBreakdown() {}

  /** What a breakdown splits conversations by; hour and day are the workspace's local ones. */
  public enum By {
    CHANNEL,
    INTENT,
    HOUR,
    DAY,
    AGENT,
    TEAM;

    /** The dimension named on the wire ({@code channel}, …), or null when there is none. */
    public static By named(String name) {
      for (var by : values()) {
        if (by.wire().equals(name)) {
          return by;
        }
      }
      return null;
    }

    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One value's figures.
   *
   * @param key the value: a channel, an intent, an hour (0 to 23), an ISO date, an agent's user id,
   *     a team's name; null for conversations without one
   */
  public record Item(String key, @JsonUnwrapped ReportFigures figures) {}
}
