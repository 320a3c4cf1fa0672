package io.purser.triage.eval;

import io.purser.triage.PersonalData;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores personal-data findings on {@code eval/pii-cases.tsv}: each line is a text, a tab, and the
 * expected findings as {@code kind=exact substring} separated by {@code " | "} (empty when the text
 * holds none, which is how false alarms get counted).
 */
public final class PersonalDataEvaluation {

  public static final String RESOURCE = "/io/purser/triage/eval/pii-cases.tsv";

  private PersonalDataEvaluation() {}

  public static SpanScores run(Triage triage) {
    List<String[]> cases = LabelledCases.read(RESOURCE);
    int expectedTotal = 0;
    int foundTotal = 0;
    int matched = 0;
    for (String[] row : cases) {
      String text = row[0];
      Set<String> expected = expectedSpans(text, row.length > 1 ? row[1] : "");
      List<PersonalData> found = triage.classify(TriageRequest.ofText(text)).personalData();
      expectedTotal += expected.size();
      foundTotal += found.size();
      for (PersonalData p : found) {
        if (expected.contains(p.kind().wireName() + "@" + p.start() + ":" + p.end())) {
          matched++;
        }
      }
    }
    double precision = foundTotal == 0 ? 1 : (double) matched / foundTotal;
    double recall = expectedTotal == 0 ? 1 : (double) matched / expectedTotal;
    return new SpanScores(precision, recall, cases.size());
  }

  /** The expected findings as {@code kind@start:end}; throws when a value is not in the text. */
  static Set<String> expectedSpans(String text, String labels) {
    Set<String> spans = new HashSet<>();
    for (String label : labels.split(" \\| ")) {
      if (label.isBlank()) {
        continue;
      }
      int eq = label.indexOf('=');
      String value = label.substring(eq + 1);
      int start = text.indexOf(value);
      if (eq < 0 || start < 0) {
        throw new IllegalStateException("bad label '" + label + "' for text: " + text);
      }
      spans.add(label.substring(0, eq).trim() + "@" + start + ":" + (start + value.length()));
    }
    return spans;
  }
}
