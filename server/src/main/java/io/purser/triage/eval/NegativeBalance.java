package io.purser.triage.eval;

import java.util.List;

/**
 * Balanced accuracy of one label against the rest: the mean of its recall and of the other texts'
 * recall (how many of them were not given it). Unlike accuracy it does not reward a model for never
 * saying "negative" on a set where few texts are negative.
 */
public final class NegativeBalance {

  private NegativeBalance() {}

  /** Balanced accuracy of {@code label} against every other label, 0 when a side is empty. */
  public static double of(List<String> truth, List<String> predicted, String label) {
    int positives = 0;
    int hits = 0;
    int negatives = 0;
    int rejections = 0;
    for (int i = 0; i < truth.size(); i++) {
      boolean isLabel = label.equals(truth.get(i));
      boolean saidLabel = label.equals(predicted.get(i));
      if (isLabel) {
        positives++;
        hits += saidLabel ? 1 : 0;
      } else {
        negatives++;
        rejections += saidLabel ? 0 : 1;
      }
    }
    if (positives == 0 || negatives == 0) {
      return 0;
    }
    return ((double) hits / positives + (double) rejections / negatives) / 2;
  }
}
