package io.purser.triage.training;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the held-out TEST split of the multilingual data ({@link MultilingualData}) as CSV files
 * that {@code purser eval triage --lang xx --data FILE} reads: {@code tweets_xx.csv} per language
 * ({@code language,text,sentiment}) and {@code germeval_de.csv} ({@code
 * language,text,sentiment,needs_response}, where a response is needed for a negative message about
 * the operator). The figures in docs/triage.md are measured on these files.
 */
public final class HeldOutFiles {

  private HeldOutFiles() {}

  /** Writes the files into {@code outDir}; returns the paths written. */
  public static List<Path> write(Path dataDir, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    List<Path> written = new ArrayList<>();
    List<LabelledText> tweets = MultilingualData.split(MultilingualData.tweets(dataDir), true);
    for (String language : MultilingualData.LANGUAGES) {
      Path file = outDir.resolve("tweets_" + language + ".csv");
      write(file, tweets.stream().filter(t -> language.equals(t.language())).toList(), false);
      written.add(file);
    }
    Path germeval = outDir.resolve("germeval_de.csv");
    write(germeval, MultilingualData.split(MultilingualData.germeval(dataDir), true), true);
    written.add(germeval);
    return written;
  }

  private static void write(Path file, List<LabelledText> texts, boolean needsResponse)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          needsResponse ? "language,text,sentiment,needs_response\n" : "language,text,sentiment\n");
      for (LabelledText t : texts) {
        out.write(t.language() + "," + quote(t.text()) + "," + t.sentiment());
        if (needsResponse) {
          out.write("," + "complaint".equals(t.category()));
        }
        out.write("\n");
      }
    }
  }

  /** The text as one RFC 4180 field: quoted, inner quotes doubled. */
  static String quote(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
