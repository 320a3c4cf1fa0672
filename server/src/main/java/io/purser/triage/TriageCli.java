package io.purser.triage;

import io.purser.triage.eval.CsvEvalReport;
import io.purser.triage.eval.CsvEvaluation;
import io.purser.triage.eval.EvalReport;
import io.purser.triage.eval.Evaluation;
import io.purser.triage.model.ModelCodec;
import io.purser.triage.model.TrainingSettings;
import io.purser.triage.model.TriageModel;
import io.purser.triage.training.AirlineTweets;
import io.purser.triage.training.HeldOutFiles;
import io.purser.triage.training.LabelledText;
import io.purser.triage.training.LabelsFile;
import io.purser.triage.training.MultilingualData;
import io.purser.triage.training.Trainer;
import io.purser.triage.training.TrainingOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code purser train triage} and {@code purser eval triage}: trains the model from the TRAIN split
 * of the shared airline tweets and, when present, of the multilingual data (plus a brand's labels),
 * and measures quality and speed on TEST; {@code eval --lang xx --data FILE} scores a labelled CSV
 * file, and {@code eval --export-heldout DIR} writes the multilingual TEST split as such files.
 */
public final class TriageCli {

  static final String USAGE =
      """
      usage: triage train [--data PATH] [--out FILE] [--seed N] [--labels FILE]
             triage eval [--split test|train] [--data PATH] [--model FILE] [--json]
             triage eval --lang en|es|fr|de|pt|it|ar --data FILE.csv [--model FILE] [--json]
             triage eval --export-heldout DIR [--data PATH]""";

  /** The languages {@code --lang} accepts: those the triage serves. */
  static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "de", "pt", "it", "ar");

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
            CliArguments.parse(
                args,
                Set.of("--data", "--split", "--model", "--lang", "--export-heldout"),
                Set.of("--json")),
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
    if (MultilingualData.present(data)) {
      texts.addAll(MultilingualData.split(MultilingualData.tweets(data), false));
      texts.addAll(MultilingualData.split(MultilingualData.germeval(data), false));
    }
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
    if (outcome.multilingual() != null) {
      out.println(
          "  multilingual sentiment, 5-fold CV on TRAIN (accuracy, macro-F1, negative-vs-rest):");
      outcome
          .multilingual()
          .sentiment()
          .forEach(
              (language, scores) ->
                  out.printf(
                      Locale.ROOT,
                      "    %s %.3f %.3f %.3f (%d texts)%n",
                      language,
                      scores.accuracy(),
                      scores.macroF1(),
                      outcome.multilingual().negativeBalance().get(language),
                      scores.cases()));
      out.printf(
          Locale.ROOT,
          "  multilingual needs_response threshold %.2f%n",
          outcome.model().threshold(TriageModel.NEEDS_RESPONSE_NEGATIVE_MULTILINGUAL, 0));
    }
    return 0;
  }

  private static int eval(CliArguments args, PrintStream out) throws IOException {
    if (args.has("--export-heldout")) {
      Path data = Path.of(args.get("--data", DEFAULT_DATA));
      if (!MultilingualData.present(data)) {
        throw new IOException("no " + MultilingualData.TWEETS + " under " + data.toAbsolutePath());
      }
      for (Path file : HeldOutFiles.write(data, Path.of(args.get("--export-heldout", "")))) {
        out.println("wrote " + file);
      }
      return 0;
    }
    if (args.has("--lang")) {
      return evalCsv(args, out);
    }
    String split = args.get("--split", "test");
    if (!split.equals("test") && !split.equals("train")) {
      throw new IllegalArgumentException("--split must be test or train, got " + split);
    }
    Path data = Path.of(args.get("--data", DEFAULT_DATA));
    if (!Files.isRegularFile(data.resolve(AirlineTweets.FILE))) {
      throw new IOException("no " + AirlineTweets.FILE + " under " + data.toAbsolutePath());
    }
    Triage triage = triage(args);
    EvalReport report = Evaluation.run(triage, data, split);
    out.println("model " + triage.modelVersion());
    out.println(report.summary());
    if (args.has("--json")) {
      out.println(report.toJson());
    }
    return 0;
  }

  /** {@code eval --lang xx --data FILE}: the figures of a labelled CSV file. */
  private static int evalCsv(CliArguments args, PrintStream out) throws IOException {
    String lang = args.get("--lang", "");
    if (!LANGUAGES.contains(lang)) {
      throw new IllegalArgumentException(
          "unknown --lang '" + lang + "': expected one of " + new TreeSet<>(LANGUAGES));
    }
    if (!args.has("--data")) {
      throw new IllegalArgumentException("--lang needs --data FILE, a CSV with a 'text' column");
    }
    Path file = Path.of(args.get("--data", ""));
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read " + file + ": expected a CSV file");
    }
    Triage triage = triage(args);
    CsvEvalReport report;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      report = CsvEvaluation.run(triage, reader, lang, file.getFileName().toString());
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + " is not UTF-8 text", e);
    }
    out.println("model " + triage.modelVersion());
    out.println(report.summary());
    if (args.has("--json")) {
      out.println(report.toJson());
    }
    return 0;
  }

  private static Triage triage(CliArguments args) throws IOException {
    return args.has("--model")
        ? Triage.fromModelFile(Path.of(args.get("--model", "")))
        : Triage.loadDefault();
  }
}
