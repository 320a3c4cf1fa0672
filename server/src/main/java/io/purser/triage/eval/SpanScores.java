package io.purser.triage.eval;

/**
 * Precision and recall of found spans against labelled spans: a finding counts only when its kind,
 * start and end all match.
 *
 * @param precision share of findings that are labelled
 * @param recall share of labelled spans that are found
 * @param cases how many labelled texts were scored
 */
public record SpanScores(double precision, double recall, int cases) {}
