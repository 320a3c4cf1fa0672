package io.purser.tools;

import java.util.Locale;

/**
 * What one routing policy achieved in one simulation run.
 *
 * @param within conversations whose first reply went out by their SLA deadline
 * @param urgentWithin the same among the urgent ones (triage urgency high)
 * @param maxWaiting the most conversations waiting for an agent at once
 * @param series the queue and the SLA over time, for the chart
 */
record PolicyOutcome(
    String policy,
    int agents,
    int needsResponse,
    int urgent,
    int answered,
    int within,
    int urgentWithin,
    double frtP50Minutes,
    double frtP90Minutes,
    double frtMaxMinutes,
    int maxWaiting,
    SimulationSeries series) {

  /** Nothing is left unanswered: the simulation runs until the queue drains. */
  int unanswered() {
    return needsResponse - answered;
  }

  double withinShare() {
    return needsResponse == 0 ? 1.0 : (double) within / needsResponse;
  }

  double urgentWithinShare() {
    return urgent == 0 ? 1.0 : (double) urgentWithin / urgent;
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "%-6s %3d agents: answered %d, unanswered %d, within 10 min %.1f %%, urgent within 10 min"
            + " %.1f %% (%d/%d), first response p50 %.1f min p90 %.1f min max %.0f min,"
            + " max waiting %d",
        policy,
        agents,
        answered,
        unanswered(),
        100 * withinShare(),
        100 * urgentWithinShare(),
        urgentWithin,
        urgent,
        frtP50Minutes,
        frtP90Minutes,
        frtMaxMinutes,
        maxWaiting);
  }

  String json() {
    return String.format(
        Locale.ROOT,
        "{\"answered\":%d,\"unanswered\":%d,\"within_10_min\":%.4f,\"urgent_within_10_min\":%.4f,"
            + "\"frt_p50_min\":%.2f,\"frt_p90_min\":%.2f,\"max_waiting\":%d,\"frt_max_min\":%.1f}",
        answered,
        unanswered(),
        withinShare(),
        urgentWithinShare(),
        frtP50Minutes,
        frtP90Minutes,
        maxWaiting,
        frtMaxMinutes);
  }
}
