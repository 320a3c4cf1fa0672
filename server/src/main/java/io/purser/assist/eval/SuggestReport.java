package io.purser.assist.eval;

import java.util.Locale;

/**
 * The figures of one evaluation of suggested replies: mean ROUGE-L F1 of the first suggestion, of
 * the best of three, of the constant and nearest-neighbour baselines, and the 95th percentile of
 * the time one suggestion call took.
 */
public record SuggestReport(
    int cases,
    double top1RougeL,
    double top3RougeL,
    double constantRougeL,
    double nearestNeighbourRougeL,
    double p95Millis) {

  /** The report as one JSON object on one line: the contract of {@code eval suggest}. */
  public String json() {
    return String.format(
        Locale.ROOT,
        "{\"cases\":%d,\"top1_rougeL\":%.4f,\"top3_rougeL\":%.4f,\"constant_rougeL\":%.4f,"
            + "\"nearest_neighbour_rougeL\":%.4f,\"p95_ms\":%.2f}",
        cases,
        top1RougeL,
        top3RougeL,
        constantRougeL,
        nearestNeighbourRougeL,
        p95Millis);
  }
}
