package io.purser.assist;

import io.purser.assist.corpus.Dialog;
import io.purser.assist.corpus.DialogSplit;
import io.purser.assist.corpus.DialogsFile;
import io.purser.assist.corpus.StarterCorpus;
import io.purser.assist.eval.SuggestEvaluation;
import io.purser.assist.eval.SuggestReport;
import io.purser.triage.Triage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code purser eval suggest} and {@code purser train suggest}: measures suggested replies on the
 * TEST split of the shared airline care dialogs (or on every conversation of another file of the
 * same format, with {@code --data}), always learning from the shared file's TRAINING split; writes
 * the starter corpus shipped in the jar from that same TRAINING split.
 */
public final class AssistCli {

  static final String USAGE =
      """
      usage: suggest eval [--data CSV] [--split test|dev] [--train CSV] [--json]
             suggest train [--out FILE] [--train CSV]
      --train: the dialogs file to learn from (its TRAINING split); default the shared one""";

  private AssistCli() {}

  /** Runs {@code eval …} or {@code train …}; returns 0 on success, 1 on failure, 2 on misuse. */
  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Options options = Options.parse(args);
      return switch (args.length == 0 ? "" : args[0]) {
        case "eval" -> eval(options, out);
        case "train" -> train(options, out);
        default -> throw new IllegalArgumentException("expected eval or train");
      };
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (IOException | RuntimeException e) {
      err.println("suggest " + args[0] + " failed: " + e);
      return 1;
    }
  }

  private static int eval(Options options, PrintStream out) throws IOException {
    List<Dialog> shared = DialogsFile.read(Path.of(options.train()));
    List<Dialog> training = DialogSplit.of(shared, false);
    List<Dialog> cases;
    if (options.data() != null) {
      cases = DialogsFile.read(Path.of(options.data()));
    } else if (options.split().equals("dev")) {
      cases = training.stream().filter(d -> DialogSplit.isDev(d.id())).toList();
      training = training.stream().filter(d -> !DialogSplit.isDev(d.id())).toList();
    } else {
      cases = DialogSplit.of(shared, true);
    }
    SuggestReport report = SuggestEvaluation.run(training, cases, Triage.loadDefault());
    if (!options.json()) {
      out.printf(
          Locale.ROOT,
          "suggest on %d conversations (learnt from %d): ROUGE-L top-1 %.4f, top-3 %.4f;"
              + " constant %.4f, nearest neighbour %.4f; p95 %.2f ms%n",
          report.cases(),
          training.size(),
          report.top1RougeL(),
          report.top3RougeL(),
          report.constantRougeL(),
          report.nearestNeighbourRougeL(),
          report.p95Millis());
    }
    out.println(report.json());
    return 0;
  }

  private static int train(Options options, PrintStream out) throws IOException {
    List<Dialog> shared = DialogsFile.read(Path.of(options.train()));
    Path target = Path.of(options.out() == null ? StarterCorpus.SOURCE : options.out());
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    try (OutputStream file = Files.newOutputStream(target)) {
      int written = StarterCorpus.write(shared, file);
      out.printf("wrote %d TRAINING conversations to %s%n", written, target);
    }
    return 0;
  }

  /** The options of a command; an option it does not know is an error. */
  record Options(String data, String split, String out, String train, boolean json) {
    static Options parse(String[] args) {
      String train = DialogsFile.DEFAULT;
      String data = null;
      String split = "test";
      String out = null;
      boolean json = false;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--json" -> json = true;
          case "--data" -> data = value(args, ++i);
          case "--split" -> split = value(args, ++i);
          case "--out" -> out = value(args, ++i);
          case "--train" -> train = value(args, ++i);
          default -> throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
        }
      }
      if (!split.equals("test") && !split.equals("dev")) {
        throw new IllegalArgumentException("--split is test or dev, not " + split);
      }
      return new Options(data, split, out, train, json);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException(args[i - 1] + " needs a value");
      }
      return args[i];
    }
  }
}
