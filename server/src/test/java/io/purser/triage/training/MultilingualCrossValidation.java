package io.purser.triage.training;

import io.purser.triage.decision.SentimentBias;
import io.purser.triage.eval.ClassificationScores;
import io.purser.triage.eval.NegativeBalance;
import io.purser.triage.model.LinearHead;
import io.purser.triage.model.TrainingSettings;
import io.purser.triage.model.TriageModel;
import io.purser.triage.text.FeatureExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The multilingual sentiment head's 5-fold cross-validation on the TRAIN side of the multilingual
 * data alone (TEST is never read), as {@link MultilingualTrainer} runs it, with the offsets chosen
 * under three objectives, and GermEval scored apart from the German tweets. Prints, per set,
 * negative-vs-rest balanced accuracy / macro-F1 and their mean over the seven sets: the figures the
 * choices of docs/triage.md (<i>Session 13</i>) were made on. Not a test: run it by hand after
 * {@code mvn test-compile}, with the data directory, class balance, epochs, seed and averaged runs:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   io.purser.triage.training.MultilingualCrossValidation ../../shared/data 0.5 6 42 3
 * </pre>
 */
public final class MultilingualCrossValidation {

  private MultilingualCrossValidation() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    double balance = args.length > 1 ? Double.parseDouble(args[1]) : 0.5;
    int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    TrainingSettings settings =
        new TrainingSettings(17, epochs, 0.1, 1e-6, balance, seed, runs, true);
    List<LabelledText> all = new ArrayList<>(MultilingualData.tweets(data));
    all.addAll(MultilingualData.germeval(data));
    EncodedExamples texts =
        EncodedExamples.encode(MultilingualData.split(all, false), new FeatureExtractor(17));
    double[][] heldOut = new double[texts.size()][];
    for (int fold = 0; fold < CrossValidation.FOLDS; fold++) {
      List<Integer> held = new ArrayList<>();
      LinearHead head =
          Trainer.head(
              TriageModel.SENTIMENT_MULTILINGUAL,
              Trainer.SENTIMENTS,
              CrossValidation.split(texts, fold, held),
              LabelledText::sentiment,
              true,
              settings);
      for (int i : held) {
        heldOut[i] = head.probabilities(texts.features().get(i));
      }
    }
    System.out.println(settings);
    for (Map.Entry<String, SentimentBias.Objective> objective : objectives().entrySet()) {
      report(objective.getKey(), objective.getValue(), texts, heldOut);
    }
  }

  private static Map<String, SentimentBias.Objective> objectives() {
    Map<String, SentimentBias.Objective> objectives = new LinkedHashMap<>();
    objectives.put("macro-F1 + balanced", (t, p) -> macroF1(t, p) + balanced(t, p));
    objectives.put("macro-F1 / 2 + balanced", (t, p) -> macroF1(t, p) / 2 + balanced(t, p));
    objectives.put("macro-F1 / 10 + balanced", (t, p) -> macroF1(t, p) / 10 + balanced(t, p));
    return objectives;
  }

  /** Offsets per language as the trainer chooses them; GermEval is then scored on its own. */
  private static void report(
      String name, SentimentBias.Objective objective, EncodedExamples texts, double[][] heldOut) {
    StringBuilder line = new StringBuilder(name + ":");
    double sum = 0;
    int sets = 0;
    for (String language : MultilingualData.LANGUAGES) {
      List<Integer> rows = new ArrayList<>();
      List<double[]> p = new ArrayList<>();
      List<String> truth = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        if (language.equals(texts.texts().get(i).language())) {
          rows.add(i);
          p.add(heldOut[i]);
          truth.add(texts.texts().get(i).sentiment());
        }
      }
      SentimentBias bias = SentimentBias.choose(Trainer.SENTIMENTS, p, truth, objective);
      for (boolean germeval : language.equals("de") ? List.of(false, true) : List.of(false)) {
        List<String> t = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
          // Only GermEval's messages carry a category (complaint or chatter).
          if ((texts.texts().get(rows.get(k)).category() != null) == germeval) {
            t.add(truth.get(k));
            predicted.add(Trainer.SENTIMENTS.get(bias.decide(p.get(k))));
          }
        }
        double balanced = balanced(t, predicted);
        sum += balanced;
        sets++;
        line.append(
            String.format(
                " %s %.3f/%.3f",
                germeval ? "germeval" : language, balanced, macroF1(t, predicted)));
      }
    }
    System.out.println(line + String.format("  mean balanced %.4f", sum / sets));
  }

  private static double macroF1(List<String> truth, List<String> predicted) {
    return ClassificationScores.of(truth, predicted, Trainer.SENTIMENTS).macroF1();
  }

  private static double balanced(List<String> truth, List<String> predicted) {
    return NegativeBalance.of(truth, predicted, "negative");
  }
}
