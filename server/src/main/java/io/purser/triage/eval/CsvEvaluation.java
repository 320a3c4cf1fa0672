package io.purser.triage.eval;

import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import io.purser.triage.TriageResult;
import io.purser.triage.training.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Evaluates triage on a labelled CSV file ({@code purser eval triage --lang xx --data FILE}): a
 * {@code text} column and any of {@code language} (ISO 639-1, compared with {@link
 * TriageResult#language()}), {@code sentiment} ({@code negative}, {@code neutral}, {@code
 * positive}; or {@code 0} = negative, {@code 1} = not negative, one encoding per file) and {@code
 * needs_response} ({@code true}/{@code false} or {@code 1}/{@code 0}). Each text is triaged as a
 * public post with no other context. A missing {@code text} column or a value outside these is an
 * {@link IllegalArgumentException} naming the row.
 */
public final class CsvEvaluation {

  private static final List<String> THREE = List.of("negative", "neutral", "positive");
  private static final List<String> TWO = List.of("0", "1");
  private static final List<String> BOOLEANS = List.of("true", "false");
  private static final Set<String> TRUE = Set.of("true", "1", "yes");
  private static final Set<String> FALSE = Set.of("false", "0", "no");

  private CsvEvaluation() {}

  /**
   * @param language the language the file was given as ({@code --lang}), for the report
   * @param name the file's name, for the report
   */
  public static CsvEvalReport run(Triage triage, Reader csvText, String language, String name)
      throws IOException {
    CsvReader csv = new CsvReader(new BufferedReader(csvText));
    List<String> header = csv.next();
    if (header == null || !header.contains("text")) {
      throw new IllegalArgumentException(name + ": expected a header with a 'text' column");
    }
    header = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    Column sentiment = new Column(header.indexOf("sentiment"));
    Column needsResponse = new Column(header.indexOf("needs_response"));
    Column languages = new Column(header.indexOf("language"));
    int textColumn = header.indexOf("text");
    Boolean binary = null;
    int rows = 0;
    for (List<String> row = csv.next(); row != null; row = csv.next()) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      rows++;
      String where = name + " row " + (rows + 1);
      if (textColumn >= row.size()) {
        throw new IllegalArgumentException(where + ": no text");
      }
      TriageResult result = triage.classify(TriageRequest.ofText(row.get(textColumn)));
      String s = sentiment.cell(row);
      if (s != null) {
        boolean isBinary = TWO.contains(s);
        if (!isBinary && !THREE.contains(s)) {
          throw new IllegalArgumentException(where + ": sentiment must be " + THREE + " or 0/1");
        }
        if (binary != null && binary != isBinary) {
          throw new IllegalArgumentException(where + ": sentiment mixes 0/1 with label names");
        }
        binary = isBinary;
        String predicted = result.sentiment().wireName();
        sentiment.add(s, isBinary ? (predicted.equals("negative") ? "0" : "1") : predicted);
      }
      String n = needsResponse.cell(row);
      if (n != null) {
        if (!TRUE.contains(n) && !FALSE.contains(n)) {
          throw new IllegalArgumentException(where + ": needs_response must be true or false");
        }
        needsResponse.add(String.valueOf(TRUE.contains(n)), String.valueOf(result.needsResponse()));
      }
      String l = languages.cell(row);
      if (l != null) {
        languages.add(l, result.language());
      }
    }
    boolean isBinary = Boolean.TRUE.equals(binary);
    return new CsvEvalReport(
        language,
        name,
        rows,
        sentiment.scores(isBinary ? TWO : THREE, isBinary ? "0" : "negative"),
        isBinary,
        needsResponse.scores(BOOLEANS, "true"),
        languages.scores(languages.truth.stream().distinct().sorted().toList(), null));
  }

  /** The true and predicted values of one column, for the rows where it has a value. */
  private static final class Column {
    private final int index;
    private final List<String> truth = new ArrayList<>();
    private final List<String> predicted = new ArrayList<>();

    Column(int index) {
      this.index = index;
    }

    String cell(List<String> row) {
      if (index < 0 || index >= row.size() || row.get(index).isBlank()) {
        return null;
      }
      return row.get(index).strip().toLowerCase(Locale.ROOT);
    }

    void add(String truthValue, String predictedValue) {
      truth.add(truthValue);
      predicted.add(predictedValue);
    }

    /** The scores over {@code labels}, with {@code focus} against the rest; null when empty. */
    CsvEvalReport.Field scores(List<String> labels, String focus) {
      if (truth.isEmpty()) {
        return null;
      }
      ClassificationScores scores = ClassificationScores.of(truth, predicted, labels);
      double balanced = focus == null ? Double.NaN : NegativeBalance.of(truth, predicted, focus);
      return new CsvEvalReport.Field(scores.accuracy(), scores.macroF1(), balanced, truth.size());
    }
  }
}
