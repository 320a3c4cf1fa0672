package io.purser.console.reports;

import io.purser.reports.ReportQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The report page's form as sent: a range of days ({@code from} and {@code to}, both included, in
 * the workspace's zone, as {@code 2026-12-07}) and the optional filters, each matched exactly as
 * the reports API matches it. Empty days mean the last seven days up to today.
 */
public record ReportForm(
    String from,
    String to,
    String channel,
    String team,
    String agent,
    String intent,
    String language,
    String band) {

  static final int DEFAULT_DAYS = 7;

  public ReportForm {
    channel = blankless(channel);
    team = blankless(team);
    agent = blankless(agent);
    intent = blankless(intent);
    language = blankless(language);
    band = blankless(band);
  }

  /** The form with the default days filled in where none were given. */
  ReportForm withDefaults(LocalDate today) {
    return new ReportForm(
        blankless(from) == null ? today.minusDays(DEFAULT_DAYS - 1L).toString() : from.strip(),
        blankless(to) == null ? today.toString() : to.strip(),
        channel,
        team,
        agent,
        intent,
        language,
        band);
  }

  /**
   * The reports' query for these days in the workspace's zone.
   *
   * @throws IllegalArgumentException saying in the reader's terms what is wrong (a message key)
   */
  ReportQuery query(ZoneId zone) {
    LocalDate first;
    LocalDate last;
    try {
      first = LocalDate.parse(from);
      last = LocalDate.parse(to);
    } catch (DateTimeParseException unreadable) {
      throw new IllegalArgumentException("reports.error.date");
    }
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("reports.error.order");
    }
    if (agent != null && !agent.matches("\\d{1,18}")) {
      throw new IllegalArgumentException("reports.error.agent");
    }
    var start = first.atStartOfDay(zone).toInstant();
    var end = last.plusDays(1).atStartOfDay(zone).toInstant();
    if (end.isAfter(start.plus(ReportQuery.WIDEST))) {
      throw new IllegalArgumentException("reports.error.tooWide");
    }
    return new ReportQuery(
        start,
        end,
        channel,
        team,
        agent == null ? null : Long.valueOf(agent),
        intent,
        language,
        band);
  }

  /**
   * The link to the CSV of {@code what} ({@code summary}, {@code breakdown}, {@code conversations})
   * for the same days and filters as this form: the console's own route, whose CSV is written by
   * the same {@code ReportCsv} as the API's, for the same query.
   */
  String csvLink(String what, String by) {
    var link = UriComponentsBuilder.fromPath("/console/reports/" + what + ".csv");
    optional(link, "by", by);
    link.queryParam("from", from).queryParam("to", to);
    optional(link, "channel", channel);
    optional(link, "team", team);
    optional(link, "agent", agent);
    optional(link, "intent", intent);
    optional(link, "language", language);
    optional(link, "band", band);
    return link.encode().build().toUriString();
  }

  private static void optional(UriComponentsBuilder link, String name, String value) {
    if (value != null) {
      link.queryParam(name, value);
    }
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
