package io.purser.triage.training;

import io.purser.triage.Category;
import io.purser.triage.Intent;
import io.purser.triage.Sentiment;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A brand's own labelled examples (its agents' corrections), as CSV with a header naming a {@code
 * text} column and any of {@code sentiment}, {@code intent}, {@code category}, {@code
 * needs_response}, {@code language} (ISO 639-1: a text not in English trains the multilingual
 * sentiment head). Empty cells mean "not labelled". A {@code needs_response} of false without a
 * category counts as {@code chatter}, true as {@code request}.
 */
public final class LabelsFile {

  private LabelsFile() {}

  /** Reads the labels; throws {@link IllegalArgumentException} naming the bad row. */
  public static List<LabelledText> read(Path file) throws IOException {
    List<LabelledText> labelled = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CsvReader csv = new CsvReader(reader);
      List<String> header = csv.next();
      if (header == null || !header.contains("text")) {
        throw new IllegalArgumentException(file + ": expected a header with a 'text' column");
      }
      long row = 1;
      for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
        row++;
        if (fields.size() == 1 && fields.get(0).isBlank()) {
          continue;
        }
        labelled.add(parse(file, row, header, fields));
      }
    }
    return labelled;
  }

  private static LabelledText parse(Path file, long row, List<String> header, List<String> f) {
    try {
      String sentiment = cell(header, f, "sentiment");
      String intent = cell(header, f, "intent");
      String category = cell(header, f, "category");
      String needsResponse = cell(header, f, "needs_response");
      if (category == null && needsResponse != null) {
        category = Boolean.parseBoolean(needsResponse) ? "request" : "chatter";
      }
      return new LabelledText(
          -row,
          cell(header, f, "text") == null ? "" : cell(header, f, "text"),
          sentiment == null ? null : Sentiment.fromWireName(sentiment).wireName(),
          intent == null ? null : Intent.fromWireName(intent).wireName(),
          category == null ? null : Category.fromWireName(category).wireName(),
          null,
          1.0,
          cell(header, f, "language"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " row " + row + ": " + e.getMessage(), e);
    }
  }

  private static String cell(List<String> header, List<String> fields, String column) {
    int i = header.indexOf(column);
    if (i < 0 || i >= fields.size() || fields.get(i).isBlank()) {
      return null;
    }
    return fields.get(i).trim();
  }
}
