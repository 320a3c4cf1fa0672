package io.purser.reports.web;

import io.purser.reports.ReportQuery;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A report's query parameters as sent: {@code from} and {@code to} (ISO 8601 instants, required, at
 * most 366 days apart) and the optional filters.
 *
 * @param agent an agent's user id
 * @param band a priority band: urgent, high, normal or low
 */
record ReportParameters(
    String from,
    String to,
    String channel,
    String team,
    String agent,
    String intent,
    String language,
    String band) {

  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /** What is wrong with the parameters, or null when they make a query. */
  String problem() {
    if (from == null || from.isBlank() || to == null || to.isBlank()) {
      return "from and to are required, as ISO 8601 instants such as 2026-12-01T00:00:00Z";
    }
    try {
      var start = Instant.parse(from);
      var end = Instant.parse(to);
      if (start.isBefore(EARLIEST) || end.isAfter(LATEST)) {
        return "times must be between the years 1 and 9999";
      }
      if (!end.isAfter(start)) {
        return "from must be before to";
      }
      if (end.isAfter(start.plus(ReportQuery.WIDEST))) {
        return "a report covers at most 366 days";
      }
    } catch (DateTimeParseException invalid) {
      return "from and to must be ISO 8601 instants such as 2026-12-01T00:00:00Z";
    }
    if (agent != null && !agent.isBlank() && !agent.matches("\\d{1,18}")) {
      return "agent must be an agent's user id";
    }
    return null;
  }

  /** The query these parameters make; call only when {@link #problem} is null. */
  ReportQuery query() {
    return new ReportQuery(
        Instant.parse(from),
        Instant.parse(to),
        blankless(channel),
        blankless(team),
        blankless(agent) == null ? null : Long.valueOf(agent),
        blankless(intent),
        blankless(language),
        blankless(band));
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
