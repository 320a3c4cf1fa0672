package io.purser.assist.text;

import java.util.List;

/**
 * ROUGE-L F1: the longest common subsequence of two word sequences, as precision against the
 * candidate's length and recall against the reference's, combined by their harmonic mean.
 */
public final class RougeL {

  private RougeL() {}

  /** ROUGE-L F1 of two replies: signatures and placeholders removed, lower-cased words. */
  public static double of(String candidate, String reference) {
    return f1(
        ReplyWords.of(Signatures.strip(candidate)), ReplyWords.of(Signatures.strip(reference)));
  }

  /** ROUGE-L F1 of two word sequences; 0 when either is empty. */
  public static double f1(List<String> candidate, List<String> reference) {
    if (candidate.isEmpty() || reference.isEmpty()) {
      return 0;
    }
    int lcs = longestCommonSubsequence(candidate, reference);
    if (lcs == 0) {
      return 0;
    }
    double precision = (double) lcs / candidate.size();
    double recall = (double) lcs / reference.size();
    return 2 * precision * recall / (precision + recall);
  }

  /**
   * ROUGE-L F1 of two sequences of word codes (each word replaced by a number, the same for the
   * same word): the ranker compares thousands of replies per query, and numbers compare faster.
   */
  public static double f1(int[] candidate, int[] reference) {
    if (candidate.length == 0 || reference.length == 0) {
      return 0;
    }
    int[] previous = new int[reference.length + 1];
    int[] current = new int[reference.length + 1];
    for (int word : candidate) {
      for (int j = 1; j <= reference.length; j++) {
        current[j] =
            word == reference[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    int lcs = previous[reference.length];
    return lcs == 0 ? 0 : 2.0 * lcs / (candidate.length + reference.length);
  }

  static int longestCommonSubsequence(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (String word : a) {
      for (int j = 1; j <= b.size(); j++) {
        current[j] =
            word.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.size()];
  }
}
