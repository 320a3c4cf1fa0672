package io.purser.tools;

import io.purser.assist.ReplyContext;
import io.purser.assist.SolvedConversation;
import io.purser.assist.Suggestions;
import io.purser.assist.corpus.Dialog;
import io.purser.assist.corpus.DialogSplit;
import io.purser.assist.corpus.DialogsFile;
import io.purser.triage.Triage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code ./purser bench suggest [--conversations N] [--data dialogs.csv] [--json]}: indexes N
 * solved conversations in one workspace's suggestion engine and times a suggestion (triage of the
 * words, ranking, adaptation) for each TEST conversation of the dialogs. The data has about 30,000
 * TRAINING conversations, so beyond that they repeat with varied words and ids (see {@link
 * #varied}); the engine runs in this JVM, no server.
 */
public final class SuggestBenchCommand {

  static final String USAGE =
      """
      Usage: purser bench suggest [--conversations N] [--data CSV] [--json]
        --conversations  solved conversations to index (default 100000); the TRAINING split of the
                         dialogs, repeated with varied words and ids when it has fewer
        --data           the dialogs file (default ../shared/data/airline-care-dialogs/dialogs.csv)
      """;

  static final int WARM_UP = 300;

  private SuggestBenchCommand() {}

  public static int run(String[] args) {
    return BenchReport.print("suggest", USAGE, () -> options(args), SuggestBenchCommand::bench);
  }

  private static CommandOptions options(String[] args) {
    var options = CommandOptions.parse(args, Set.of("conversations", "data"), Set.of("json"));
    if (!options.words().equals(List.of("suggest"))) {
      throw new CommandOptions.UsageException("expected: bench suggest");
    }
    return options;
  }

  private static SuggestBenchResult bench(CommandOptions options) throws IOException {
    int size = options.integer("conversations", 100_000);
    List<Dialog> dialogs = DialogsFile.read(Path.of(options.text("data", DialogsFile.DEFAULT)));
    List<SolvedConversation> solved = solved(DialogSplit.of(dialogs, false), size);
    List<String> queries = DialogSplit.of(dialogs, true).stream().map(Dialog::query).toList();
    Triage triage = Triage.loadDefault();
    long heapBefore = usedHeap();
    long start = System.nanoTime();
    Suggestions suggestions = Suggestions.of(solved, triage);
    double buildSeconds = (System.nanoTime() - start) / 1e9;
    long heap = usedHeap() - heapBefore;
    System.err.printf(
        "Indexed %,d conversations in %.1f s; timing %,d queries...%n",
        suggestions.size(), buildSeconds, queries.size());
    long[][] times = timed(suggestions, queries);
    long[] nanos = times[0];
    long[] cpuNanos = times[1];
    return new SuggestBenchResult(
        suggestions.size(),
        nanos.length,
        buildSeconds,
        heap / (1024.0 * 1024),
        percentile(nanos, 0.50),
        percentile(nanos, 0.95),
        percentile(nanos, 0.99),
        percentile(cpuNanos, 0.95));
  }

  /**
   * The elapsed and CPU nanoseconds of one suggestion call per query, each sorted, after {@value
   * #WARM_UP} untimed calls (the JIT compiles the code a running server would already have).
   */
  private static long[][] timed(Suggestions suggestions, List<String> queries) {
    for (int i = 0; i < Math.min(WARM_UP, queries.size()); i++) {
      suggestions.suggest(queries.get(i), "en", ReplyContext.none(), 3);
    }
    long[] nanos = new long[queries.size()];
    long[] cpuNanos = new long[queries.size()];
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < nanos.length; i++) {
      long t = System.nanoTime();
      long c = cpu.getCurrentThreadCpuTime();
      suggestions.suggest(queries.get(i), "en", ReplyContext.none(), 3);
      cpuNanos[i] = cpu.getCurrentThreadCpuTime() - c;
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    Arrays.sort(cpuNanos);
    return new long[][] {nanos, cpuNanos};
  }

  /** {@code size} conversations: the training ones, then copies with varied words and ids. */
  static List<SolvedConversation> solved(List<Dialog> training, int size) {
    List<SolvedConversation> solved = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Dialog d = training.get(i % training.size());
      int copy = i / training.size();
      SolvedConversation original = d.solved();
      solved.add(
          copy == 0
              ? original
              : new SolvedConversation(
                  d.id() + "-" + copy, "en", varied(d.query(), copy), original.reply()));
    }
    return solved;
  }

  /**
   * The customer's words with one word left out and two neighbours swapped, at places that depend
   * on the copy, so copies are near, not exact, duplicates for the index.
   */
  static String varied(String words, int copy) {
    List<String> list = new ArrayList<>(Arrays.asList(words.split(" ")));
    if (list.size() > 2) {
      list.remove(copy % list.size());
      int at = (copy * 7) % (list.size() - 1);
      list.set(at, list.set(at + 1, list.get(at)));
    }
    return String.join(" ", list);
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(p * sorted.length) - 1] / 1e6;
  }
}
