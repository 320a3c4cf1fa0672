package io.purser.triage.model;

import io.purser.triage.text.Features;
import java.util.List;

/** Explains a head's decision by the words of the message that pushed hardest towards it. */
public final class StrongestWords {

  private static final int SHOWN = 3;

  private StrongestWords() {}

  /**
   * A reason line such as {@code sentiment:negative p=0.93 words="delayed","again"}.
   *
   * @param scorer the scorer holding the head's weights
   * @param head the head's index in the scorer
   * @param name the head's name
   * @param label the chosen label's name
   * @param labelIndex its index in the head
   * @param probability its probability
   * @param tokens the message's tokens
   * @param features the message's features (for the tokens' buckets)
   */
  public static String explain(
      SharedScorer scorer,
      int head,
      String name,
      String label,
      int labelIndex,
      double probability,
      List<String> tokens,
      Features features) {
    return explain(
        (bucket, c) -> scorer.weight(head, bucket, c),
        name,
        label,
        labelIndex,
        probability,
        tokens,
        features);
  }

  /**
   * The same reason line for a head scored on its own (the multilingual sentiment head), under
   * {@code name}.
   */
  public static String explain(
      LinearHead head,
      String name,
      String label,
      int labelIndex,
      double probability,
      List<String> tokens,
      Features features) {
    return explain(head::weight, name, label, labelIndex, probability, tokens, features);
  }

  /** The weight a head gives a label for a bucket. */
  private interface Weights {
    float of(int bucket, int label);
  }

  private static String explain(
      Weights weights,
      String name,
      String label,
      int labelIndex,
      double probability,
      List<String> tokens,
      Features features) {
    String[] best = new String[SHOWN];
    float[] bestWeight = new float[SHOWN];
    for (int t = 0; t < tokens.size(); t++) {
      String token = tokens.get(t);
      if (token.startsWith("<") || contains(best, token)) {
        continue;
      }
      float w = weights.of(features.wordBucket(t), labelIndex);
      insert(best, bestWeight, token, w);
    }
    StringBuilder line = new StringBuilder(64).append(name).append(':').append(label);
    long hundredths = Math.round(probability * 100);
    line.append(" p=").append(hundredths / 100).append('.');
    line.append(hundredths % 100 < 10 ? "0" : "").append(hundredths % 100);
    String separator = " words=";
    for (String word : best) {
      if (word != null) {
        line.append(separator).append('"').append(word).append('"');
        separator = ",";
      }
    }
    return line.toString();
  }

  private static void insert(String[] best, float[] bestWeight, String token, float w) {
    for (int i = 0; i < SHOWN; i++) {
      if (w > bestWeight[i]) {
        System.arraycopy(best, i, best, i + 1, SHOWN - i - 1);
        System.arraycopy(bestWeight, i, bestWeight, i + 1, SHOWN - i - 1);
        best[i] = token;
        bestWeight[i] = w;
        return;
      }
    }
  }

  private static boolean contains(String[] words, String token) {
    for (String word : words) {
      if (token.equals(word)) {
        return true;
      }
    }
    return false;
  }
}
