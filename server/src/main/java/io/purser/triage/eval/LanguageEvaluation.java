package io.purser.triage.eval;

import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores language detection on {@code eval/language-cases.tsv}: each line is the expected code, a
 * tab, and the text.
 */
public final class LanguageEvaluation {

  public static final String RESOURCE = "/io/purser/triage/eval/language-cases.tsv";

  private LanguageEvaluation() {}

  public static ClassificationScores run(Triage triage) {
    List<String> truth = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (String[] row : LabelledCases.read(RESOURCE)) {
      truth.add(row[0]);
      predicted.add(triage.classify(TriageRequest.ofText(row[1])).language());
    }
    return ClassificationScores.of(truth, predicted, truth.stream().distinct().sorted().toList());
  }
}
