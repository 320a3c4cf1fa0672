package io.purser.triage.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of {@code purser eval triage --lang xx --data FILE}: per labelled column, accuracy,
 * macro-F1 and the balanced accuracy of its focus label against the rest (negative sentiment; a
 * response needed). A column the file does not have is {@code null} and left out of the output.
 *
 * @param lang the language the file was given as
 * @param file the file's name
 * @param rows how many texts were triaged
 * @param sentiment sentiment scores ({@code negative_balanced_accuracy}: negative against the rest)
 * @param sentimentBinary whether the file gave sentiment as 0 (negative) / 1 (not negative)
 * @param needsResponse needs-response scores
 * @param language language identification (accuracy and macro-F1 over the languages in the file)
 */
public record CsvEvalReport(
    String lang,
    String file,
    int rows,
    Field sentiment,
    boolean sentimentBinary,
    Field needsResponse,
    Field language) {

  /**
   * @param accuracy share of exact matches
   * @param macroF1 mean F1 over the labels
   * @param balanced balanced accuracy of the focus label against the rest (NaN when none)
   * @param cases rows with a value in the column
   */
  public record Field(double accuracy, double macroF1, double balanced, int cases) {}

  /** The JSON object on one line. */
  public String toJson() {
    List<String> parts = new ArrayList<>();
    parts.add(String.format(Locale.ROOT, "\"lang\":\"%s\"", lang));
    parts.add("\"file\":\"" + file.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    parts.add("\"rows\":" + rows);
    if (sentiment != null) {
      parts.add(
          "\"sentiment\":"
              + json(sentiment, "negative_balanced_accuracy", sentimentBinary ? "0_1" : "labels"));
    }
    if (needsResponse != null) {
      parts.add("\"needs_response\":" + json(needsResponse, "balanced_accuracy", null));
    }
    if (language != null) {
      parts.add("\"language\":" + json(language, null, null));
    }
    return "{" + String.join(",", parts) + "}";
  }

  private static String json(Field field, String balancedName, String encoding) {
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "{\"accuracy\":%.4f,\"macro_f1\":%.4f",
                field.accuracy(),
                field.macroF1()));
    if (balancedName != null) {
      out.append(String.format(Locale.ROOT, ",\"%s\":%.4f", balancedName, field.balanced()));
    }
    if (encoding != null) {
      out.append(",\"encoding\":\"").append(encoding).append('"');
    }
    return out.append(",\"cases\":").append(field.cases()).append('}').toString();
  }

  /** A few lines for a person reading the terminal. */
  public String summary() {
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT, "triage evaluation of %s (%s, %d texts)%n", file, lang, rows));
    if (sentiment != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "  sentiment       accuracy %.3f  macro-F1 %.3f  negative-vs-rest balanced %.3f%s%n",
              sentiment.accuracy(),
              sentiment.macroF1(),
              sentiment.balanced(),
              sentimentBinary ? "  (0 = negative, 1 = not)" : ""));
    }
    if (needsResponse != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "  needs_response  accuracy %.3f  macro-F1 %.3f  balanced %.3f%n",
              needsResponse.accuracy(),
              needsResponse.macroF1(),
              needsResponse.balanced()));
    }
    if (language != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "  language        accuracy %.3f  macro-F1 %.3f%n",
              language.accuracy(),
              language.macroF1()));
    }
    return out.toString().stripTrailing();
  }
}
