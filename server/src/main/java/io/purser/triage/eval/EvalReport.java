package io.purser.triage.eval;

import java.util.Locale;

/**
 * The figures of one evaluation run, printed for people and as the one-line JSON contract of {@code
 * purser eval triage --json}.
 */
public record EvalReport(
    String split,
    ClassificationScores sentiment,
    ClassificationScores intent,
    double recallOnComplaints,
    double rateOnPositive,
    SpanScores pii,
    ClassificationScores language,
    ThroughputMeter speed) {

  /** The JSON object, on one line, in the contract's field order. */
  public String toJson() {
    return String.format(
        Locale.ROOT,
        "{\"split\":\"%s\",\"sentiment\":{\"accuracy\":%.4f,\"macro_f1\":%.4f},"
            + "\"intent\":{\"accuracy\":%.4f,\"macro_f1\":%.4f},"
            + "\"needs_response\":{\"recall_on_complaints\":%.4f,\"rate_on_positive\":%.4f},"
            + "\"pii\":{\"precision\":%.4f,\"recall\":%.4f,\"cases\":%d},"
            + "\"language\":{\"accuracy\":%.4f,\"cases\":%d},"
            + "\"throughput_per_core\":%.0f,\"p99_us\":%.1f}",
        split,
        sentiment.accuracy(),
        sentiment.macroF1(),
        intent.accuracy(),
        intent.macroF1(),
        recallOnComplaints,
        rateOnPositive,
        pii.precision(),
        pii.recall(),
        pii.cases(),
        language.accuracy(),
        language.cases(),
        speed.perCpuSecond(),
        speed.p99CpuMicros());
  }

  /** A few lines for a person reading the terminal. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "triage evaluation on %s%n"
            + "  sentiment       accuracy %.3f  macro-F1 %.3f  (%d tweets)%n"
            + "  intent          accuracy %.3f  macro-F1 %.3f  (%d complaints)%n"
            + "  needs_response  recall on complaints %.3f  rate on positive %.3f%n"
            + "  personal data   precision %.3f  recall %.3f  (%d cases)%n"
            + "  language        accuracy %.3f  (%d cases)%n"
            + "  speed           %.0f messages per CPU-second on one thread, p99 %.1f µs CPU%n"
            + "                  (wall clock on this machine: %.0f messages/s, p99 %.1f µs)",
        split,
        sentiment.accuracy(),
        sentiment.macroF1(),
        sentiment.cases(),
        intent.accuracy(),
        intent.macroF1(),
        intent.cases(),
        recallOnComplaints,
        rateOnPositive,
        pii.precision(),
        pii.recall(),
        pii.cases(),
        language.accuracy(),
        language.cases(),
        speed.perCpuSecond(),
        speed.p99CpuMicros(),
        speed.perWallSecond(),
        speed.p99WallMicros());
  }
}
