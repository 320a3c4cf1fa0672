package io.purser.assist.eval;

import io.purser.assist.corpus.Dialog;
import io.purser.assist.text.ReplyWords;
import io.purser.assist.text.RougeL;
import io.purser.assist.text.Signatures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constant baseline: the one training reply with the best mean ROUGE-L against the training
 * replies. Scoring every reply against every other is quadratic, so the candidates are the replies
 * of the {@value #FREQUENT} most frequent answers (same words once the signature is removed) plus
 * every n-th reply up to {@value #SPREAD} more, and each is scored against every n-th training
 * reply up to {@value #REFERENCES}: deterministic, no randomness.
 */
public final class ConstantBaseline {

  static final int FREQUENT = 300;
  static final int SPREAD = 200;
  static final int REFERENCES = 2_000;

  private ConstantBaseline() {}

  /** The constant reply chosen on {@code training}. */
  public static String choose(List<Dialog> training) {
    List<List<String>> references = new ArrayList<>();
    for (Dialog d : every(training, REFERENCES)) {
      references.add(words(d.reply()));
    }
    String best = null;
    double bestScore = -1;
    for (String candidate : candidates(training)) {
      List<String> words = words(candidate);
      double sum = references.parallelStream().mapToDouble(r -> RougeL.f1(words, r)).sum();
      if (sum > bestScore) {
        best = candidate;
        bestScore = sum;
      }
    }
    return best;
  }

  private static List<String> candidates(List<Dialog> training) {
    Map<String, String> byWords = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Dialog d : training) {
      String key = String.join(" ", words(d.reply()));
      byWords.putIfAbsent(key, d.reply());
      counts.merge(key, 1, Integer::sum);
    }
    List<String> candidates = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(FREQUENT)
        .forEach(e -> candidates.add(byWords.get(e.getKey())));
    every(training, SPREAD).forEach(d -> candidates.add(d.reply()));
    return candidates;
  }

  private static List<Dialog> every(List<Dialog> dialogs, int atMost) {
    int step = Math.max(1, dialogs.size() / atMost);
    List<Dialog> picked = new ArrayList<>();
    for (int i = 0; i < dialogs.size() && picked.size() < atMost; i += step) {
      picked.add(dialogs.get(i));
    }
    return picked;
  }

  private static List<String> words(String reply) {
    return ReplyWords.of(Signatures.strip(reply));
  }
}
