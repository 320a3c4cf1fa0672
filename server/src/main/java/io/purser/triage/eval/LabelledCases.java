package io.purser.triage.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the evaluation sets shipped in the jar: UTF-8 lines of tab-separated fields, {@code #}
 * starting a comment line. Escapes {@code \n} and {@code \t} in fields stand for a newline and a
 * tab.
 */
final class LabelledCases {

  private LabelledCases() {}

  static List<String[]> read(String resource) {
    try (InputStream in = LabelledCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing evaluation set " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] fields = line.split("\t", -1);
          for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].replace("\\n", "\n").replace("\\t", "\t");
          }
          rows.add(fields);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
