package io.purser.assist.eval;

import io.purser.assist.ReplyContext;
import io.purser.assist.SolvedConversation;
import io.purser.assist.Suggestion;
import io.purser.assist.Suggestions;
import io.purser.assist.corpus.Dialog;
import io.purser.assist.text.RougeL;
import io.purser.triage.Triage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores suggested replies against the reply an agent actually sent first: for each case the
 * engine, built from the training conversations of the case's airline (all airlines when it has
 * none), suggests three replies for the customer's words; each is scored by ROUGE-L F1 against the
 * reference, next to the two baselines.
 */
public final class SuggestEvaluation {

  static final int SUGGESTIONS = 3;
  static final int WARM_UP = 300;

  private SuggestEvaluation() {}

  /** Evaluates on {@code cases} what was learnt from {@code training}. */
  public static SuggestReport run(List<Dialog> training, List<Dialog> cases, Triage triage) {
    String constant = ConstantBaseline.choose(training);
    Map<String, String> replies = new HashMap<>();
    training.forEach(d -> replies.put(d.id(), d.reply()));
    Map<String, Suggestions> byAirline = new HashMap<>();
    training.stream()
        .collect(Collectors.groupingBy(Dialog::airline))
        .forEach((airline, dialogs) -> byAirline.put(airline, engine(dialogs, triage)));
    Suggestions all = byAirline.size() == 1 ? byAirline.values().iterator().next() : null;
    warmUp(cases, byAirline);
    double[] sums = new double[4];
    long[] nanos = new long[cases.size()];
    for (int i = 0; i < cases.size(); i++) {
      Dialog c = cases.get(i);
      Suggestions engine = byAirline.get(c.airline());
      if (engine == null) {
        all = all == null ? engine(training, triage) : all;
        engine = all;
      }
      long start = System.nanoTime();
      List<Suggestion> suggested =
          engine.suggest(c.query(), "en", ReplyContext.none(), SUGGESTIONS);
      nanos[i] = System.nanoTime() - start;
      double first = suggested.isEmpty() ? 0 : RougeL.of(suggested.get(0).text(), c.reply());
      sums[0] += first;
      sums[1] +=
          suggested.stream().mapToDouble(s -> RougeL.of(s.text(), c.reply())).max().orElse(0);
      sums[2] += RougeL.of(constant, c.reply());
      sums[3] +=
          engine
              .nearest(c.query(), "en")
              .map(id -> RougeL.of(replies.get(id), c.reply()))
              .orElse(0.0);
    }
    int n = Math.max(1, cases.size());
    return new SuggestReport(
        cases.size(), sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, p95(nanos));
  }

  /**
   * Suggests for the first cases once, untimed: the figures are for a running server, whose code
   * the JIT has compiled, not for the first calls of a fresh JVM.
   */
  private static void warmUp(List<Dialog> cases, Map<String, Suggestions> byAirline) {
    cases.stream()
        .limit(WARM_UP)
        .filter(c -> byAirline.containsKey(c.airline()))
        .forEach(
            c ->
                byAirline
                    .get(c.airline())
                    .suggest(c.query(), "en", ReplyContext.none(), SUGGESTIONS));
  }

  private static Suggestions engine(List<Dialog> dialogs, Triage triage) {
    return Suggestions.of(
        dialogs.stream()
            .map(d -> new SolvedConversation(d.id(), "en", d.query(), d.reply()))
            .toList(),
        triage);
  }

  private static double p95(long[] nanos) {
    if (nanos.length == 0) {
      return 0;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
  }
}
