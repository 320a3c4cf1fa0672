package io.purser.reports;

import java.time.Duration;
import java.time.Instant;

/**
 * Which conversations a report counts: those that started in [from, to), narrowed by any of the
 * filters given (null for no filter).
 *
 * @param agent the user id of the conversation's agent (see {@link ReportedConversation#agentId})
 * @param band the priority band (urgent, high, normal, low)
 */
public record ReportQuery(
    Instant from,
    Instant to,
    String channel,
    String team,
    Long agent,
    String intent,
    String language,
    String band) {

  /** The widest range a report covers: a year and a day, so a leap year fits. */
  public static final Duration WIDEST = Duration.ofDays(366);

  public ReportQuery {
    if (from == null || to == null || !to.isAfter(from)) {
      throw new IllegalArgumentException("a report needs from before to, got " + from + ", " + to);
    }
    if (Duration.between(from, to).compareTo(WIDEST) > 0) {
      throw new IllegalArgumentException("a report covers at most 366 days");
    }
  }

  /** All conversations that started in [from, to). */
  public static ReportQuery between(Instant from, Instant to) {
    return new ReportQuery(from, to, null, null, null, null, null, null);
  }
}
