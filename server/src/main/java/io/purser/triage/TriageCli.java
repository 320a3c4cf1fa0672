package io.purser.triage;

import io.purser.triage.eval.EvalReport;
import io.purser.triage.eval.Evaluation;
import io.purser.triage.model.ModelCodec;
import io.purser.triage.model.TrainingSettings;
import io.purser.triage.training.AirlineTweets;
import io.purser.triage.training.LabelledText;
import io.purser.triage.training.LabelsFile;
import io.purser.triage.training.Trainer;
import io.purser.triage.training.TrainingOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code purser train triage} and {@code purser eval triage}: trains the model from the TRAIN split
 * of the shared airline tweets (plus a brand's labels), and measures quality and speed on TEST.
 */
public final class TriageCli {

  static final String USAGE =
      """
      usage: triage train [--data PATH] [--out FILE] [--seed N] [--labels FILE]
             triage eval [--split test|train] [--data PATH] [--model FILE] [--json]""";
  static final String DEFAULT_DATA = "../shared/data";

  /** Where the model lives in the source tree, seen from the project root where ./purser runs. */
  static final String DEFAULT_OUT = "server/src/main/resources/io/purser/triage/triage-model.bin";

  private TriageCli() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command; returns 0 on success, 1 when it failed, 2 for a usage error. */
  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length > 0 && args[0].equals("train")) {
        return train(
            CliArguments.parse(args, Set.of("--data", "--out", "--seed", "--labels"), Set.of()),
            out);
      }
      if (args.length > 0 && args[0].equals("eval")) {
        return eval(
            CliArguments.parse(args, Set.of("--data", "--split", "--model"), Set.of("--json")),
            out);
      }
      err.println(USAGE);
      return 2;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (IOException | RuntimeException e) {
      err.println("triage " + args[0] + " failed: " + e);
      return 1;
    }
  }

  private static int train(CliArguments args, PrintStream out) throws IOException {
    long seed = Long.parseLong(args.get("--seed", "42"));
    Path data = Path.of(args.get("--data", DEFAULT_DATA));
    List<LabelledText> texts =
        new ArrayList<>(AirlineTweets.split(AirlineTweets.load(data), false));
    if (args.has("--labels")) {
      texts.addAll(LabelsFile.read(Path.of(args.get("--labels", ""))));
    }
    TrainingOutcome outcome = Trainer.train(texts, TrainingSettings.defaults(seed));
    Path target = Path.of(args.get("--out", DEFAULT_OUT));
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Files.write(target, ModelCodec.write(outcome.model()));
    var cv = outcome.crossValidation();
    out.printf(
        Locale.ROOT,
        "trained %s on %d texts (seed %d) -> %s%n"
            + "  5-fold CV on TRAIN: sentiment acc %.3f macro-F1 %.3f; intent acc %.3f macro-F1 %.3f%n"
            + "  needs_response threshold %.2f: CV recall on complaints %.3f, rate on positive %.3f%n"
            + "  sentiment offsets (neutral, positive): %.2f, %.2f%n",
        outcome.model().version(),
        texts.size(),
        seed,
        target,
        cv.sentiment().accuracy(),
        cv.sentiment().macroF1(),
        cv.intent().accuracy(),
        cv.intent().macroF1(),
        cv.negativeThreshold(),
        cv.recallOnComplaints(),
        cv.rateOnPositive(),
        cv.sentimentBias().offsets()[1],
        cv.sentimentBias().offsets()[2]);
    return 0;
  }

  private static int eval(CliArguments args, PrintStream out) throws IOException {
    String split = args.get("--split", "test");
    if (!split.equals("test") && !split.equals("train")) {
      throw new IllegalArgumentException("--split must be test or train, got " + split);
    }
    Path data = Path.of(args.get("--data", DEFAULT_DATA));
    if (!Files.isRegularFile(data.resolve(AirlineTweets.FILE))) {
      throw new IOException("no " + AirlineTweets.FILE + " under " + data.toAbsolutePath());
    }
    Triage triage =
        args.has("--model")
            ? Triage.fromModelFile(Path.of(args.get("--model", "")))
            : Triage.loadDefault();
    EvalReport report = Evaluation.run(triage, data, split);
    out.println("model " + triage.modelVersion());
    out.println(report.summary());
    if (args.has("--json")) {
      out.println(report.toJson());
    }
    return 0;
  }
}
