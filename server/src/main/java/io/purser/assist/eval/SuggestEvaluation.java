package io.purser.assist.eval;

import io.purser.assist.ReplyContext;
import io.purser.assist.Suggestion;
import io.purser.assist.Suggestions;
import io.purser.assist.adapt.CorpusBrands;
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
    warmUp(cases, byAirline);
    double[] sums = new double[4];
    long[] nanos = new long[cases.size()];
    for (int i = 0; i < cases.size(); i++) {
      Dialog c = cases.get(i);
      // A case of an airline the training data lacks learns from every airline.
      Suggestions engine =
          byAirline.computeIfAbsent(c.airline(), airline -> engine(training, triage));
      long start = System.nanoTime();
      // The workspace knows its own name, as the console's does.
      List<Suggestion> suggested =
          engine.suggest(
              c.query(),
              "en",
              ReplyContext.ofBrand(CorpusBrands.displayName(c.airline())),
              SUGGESTIONS);
      nanos[i] = System.nanoTime() - start;
      String nearest = engine.nearest(c.query(), "en").map(replies::get).orElse("");
      double[] scores = scores(suggested, constant, nearest, c.reply());
      for (int k = 0; k < sums.length; k++) {
        sums[k] += scores[k];
      }
    }
    int n = Math.max(1, cases.size());
    return new SuggestReport(
        cases.size(), sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, p95(nanos));
  }

  /** ROUGE-L of the first suggestion, the best of them, the constant and the nearest reply. */
  private static double[] scores(
      List<Suggestion> suggested, String constant, String nearest, String reference) {
    double first = suggested.isEmpty() ? 0 : RougeL.of(suggested.get(0).text(), reference);
    double best =
        suggested.stream().mapToDouble(s -> RougeL.of(s.text(), reference)).max().orElse(0);
    return new double[] {
      first, best, RougeL.of(constant, reference), RougeL.of(nearest, reference)
    };
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
    return Suggestions.of(dialogs.stream().map(Dialog::solved).toList(), triage);
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
