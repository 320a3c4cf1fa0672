package io.purser.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The simulator's human-readable lines and its one-line JSON result. */
record SimulationReport(
    int agents,
    int arrivals,
    List<SimulatedArrival> queueable,
    Map<String, PolicyOutcome> outcomes,
    int agentsNeeded,
    SurgeReplay surges,
    StormCheck storm) {

  /**
   * The dataset's own time zone (US Pacific, winter), for times a reader compares with the data.
   */
  static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.ofHours(-8));

  long urgent() {
    return queueable.stream().filter(SimulatedArrival::urgent).count();
  }

  void print(PrintStream out, Path data, Duration took) {
    out.printf(
        Locale.ROOT,
        "SLA simulation: %s, %d tweets, %d need a response (%d urgent), %d agents 24/7,"
            + " first response due within %d min (%.1f s)%n",
        data,
        arrivals,
        queueable.size(),
        urgent(),
        agents,
        SlaSimulationCommand.FIRST_RESPONSE_TARGET.toMinutes(),
        took.toMillis() / 1000.0);
    outcomes.values().forEach(o -> out.println("  " + o.summary()));
    out.printf(
        Locale.ROOT,
        "  agents needed for %.0f %% within 10 min (purser): %d%n",
        100 * SlaSimulationCommand.STAFFING_GOAL,
        agentsNeeded);
    for (var episode : surges.episodes()) {
      var s = episode.surge();
      out.printf(
          Locale.ROOT,
          "  surge %s: %s, detected %s (UTC-8), ended %s%n",
          s.intent().wireName(),
          s.text(),
          LOCAL.format(s.detectedAt()),
          episode.endedAt() == null ? "after the data" : LOCAL.format(episode.endedAt()));
    }
    out.println("  storm check: " + stormLine());
  }

  private String stormLine() {
    if (storm.labelledStart() == null) {
      return "no labelled cancellation surge on 22-23 February in this data";
    }
    var delay = storm.delayMinutes();
    return String.format(
        Locale.ROOT,
        "labelled cancellations surge from %s (UTC-8); detector %s",
        LOCAL.format(storm.labelledStart()),
        delay == null
            ? "did not fire"
            : String.format(
                Locale.ROOT,
                "fired at %s, %.1f min %s (%s)",
                LOCAL.format(storm.detectedAt()),
                Math.abs(delay),
                delay < 0 ? "earlier" : "later",
                storm.onTime() ? "within 15 min" : "LATE"));
  }

  String json() {
    var policies =
        outcomes.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\":" + e.getValue().json())
            .collect(Collectors.joining(",", "{", "}"));
    var surgeList =
        surges.episodes().stream()
            .map(
                e ->
                    "{\"start\":\"%s\",\"detected\":\"%s\",\"intent\":\"%s\"}"
                        .formatted(
                            e.surge().start(),
                            e.surge().detectedAt(),
                            e.surge().intent().wireName()))
            .collect(Collectors.joining(",", "[", "]"));
    var delay = storm.delayMinutes();
    return String.format(
        Locale.ROOT,
        "{\"agents\":%d,\"arrivals\":%d,\"needs_response\":%d,\"urgent\":%d,\"policies\":%s,"
            + "\"agents_needed_for_90pct_within_10_min\":%d,\"surges\":%s,"
            + "\"storm\":{\"labelled_start\":%s,\"detected\":%s,\"delay_min\":%s}}",
        agents,
        arrivals,
        queueable.size(),
        urgent(),
        policies,
        agentsNeeded,
        surgeList,
        quoted(storm.labelledStart()),
        quoted(storm.detectedAt()),
        delay == null ? "null" : String.format(Locale.ROOT, "%.1f", delay));
  }

  private static String quoted(Object value) {
    return value == null ? "null" : "\"" + value + "\"";
  }
}
