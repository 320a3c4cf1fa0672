package io.purser.triage.model;

/** Turns scores into probabilities, stable against large scores. */
final class Softmax {

  private Softmax() {}

  static double[] inPlace(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < scores.length; c++) {
      scores[c] = Math.exp(scores[c] - max);
      sum += scores[c];
    }
    for (int c = 0; c < scores.length; c++) {
      scores[c] /= sum;
    }
    return scores;
  }
}
