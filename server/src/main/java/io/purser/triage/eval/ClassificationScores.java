package io.purser.triage.eval;

import java.util.List;

/**
 * Accuracy and macro-averaged F1 of predicted against true labels, over a fixed label set (a
 * prediction outside the set counts as wrong and as no one's true positive).
 *
 * @param accuracy share of exact matches
 * @param macroF1 unweighted mean of the per-label F1 scores
 * @param cases how many pairs were scored
 */
public record ClassificationScores(double accuracy, double macroF1, int cases) {

  /** Scores {@code predicted} against {@code truth}, pairwise, over {@code labels}. */
  public static ClassificationScores of(
      List<String> truth, List<String> predicted, List<String> labels) {
    if (truth.size() != predicted.size()) {
      throw new IllegalArgumentException("expected as many predictions as true labels");
    }
    int correct = 0;
    for (int i = 0; i < truth.size(); i++) {
      if (truth.get(i).equals(predicted.get(i))) {
        correct++;
      }
    }
    double f1Sum = 0;
    for (String label : labels) {
      f1Sum += f1(truth, predicted, label);
    }
    double accuracy = truth.isEmpty() ? 0 : (double) correct / truth.size();
    return new ClassificationScores(accuracy, f1Sum / labels.size(), truth.size());
  }

  private static double f1(List<String> truth, List<String> predicted, String label) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < truth.size(); i++) {
      boolean isTrue = truth.get(i).equals(label);
      boolean isPredicted = predicted.get(i).equals(label);
      if (isTrue && isPredicted) {
        tp++;
      } else if (isPredicted) {
        fp++;
      } else if (isTrue) {
        fn++;
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
