package io.purser.reports;

/**
 * What a report says about a set of conversations. Times are in seconds; a percentile or a share is
 * null when no conversation has the value it needs.
 *
 * @param conversations conversations that started in the range
 * @param unanswered conversations that needed a response and got none from a person
 * @param reopenRate the share of conversations reopened at least once after being resolved
 * @param movedToPrivate the share of conversations started in public that went on in private
 */
public record ReportFigures(
    long conversations,
    FirstResponse firstResponse,
    long unanswered,
    Resolution resolution,
    NextResponse nextResponse,
    Double reopenRate,
    Double movedToPrivate,
    Csat csat) {

  /**
   * The first response by a person, from the conversation's start.
   *
   * @param withinSla the share of conversations needing a response whose first response met the SLA
   *     (unanswered ones count as not met)
   * @param businessP50Seconds the median counted in the SLA calendar's working time
   */
  public record FirstResponse(
      Double p50Seconds,
      Double p90Seconds,
      Double withinSla,
      Double businessP50Seconds,
      Double businessP90Seconds) {}

  /** From the start to the last resolution, over the conversations resolved now. */
  public record Resolution(Double p50Seconds) {}

  /** The median of the conversations' average next-response times (working time). */
  public record NextResponse(Double p50Seconds) {}

  /** Customer satisfaction answers (1 to 5); none until surveys are sent. */
  public record Csat(long responses, Double average) {}
}
