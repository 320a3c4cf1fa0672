package io.purser.triage.language;

import io.purser.triage.text.MessageText;
import io.purser.triage.training.CsvReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures language identification on labelled CSV files (a {@code text} column and a {@code
 * language} column, or every row in the language given after the file), per language: accuracy on
 * all rows and on the rows outside the dev portion (every tenth row of a language, the only rows
 * the thresholds were looked at on), how many are {@code und}, and how many went to Lingua. Then
 * the time and heap Lingua's models take to load. Not a test: run it by hand, see docs/triage.md
 * ("Language identification"); {@code -Derrors=true} lists the dev rows it gets wrong.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.purser.triage.language.LanguageAccuracy \
 *   ../../shared/data/multilingual/tweet_sentiment.csv ../../shared/data/airline-sentiment/Tweets.csv=en
 * </pre>
 */
public final class LanguageAccuracy {

  private LanguageAccuracy() {}

  public static void main(String[] args) throws IOException {
    var memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    long start = System.nanoTime();
    LanguageDetector detector = LanguageDetector.anyLanguage();
    long loadNanos = System.nanoTime() - start;
    System.gc();
    long heapAfter = memory.getHeapMemoryUsage().getUsed();
    System.out.printf(
        "load %.1f s, heap +%.0f MB after a collection%n",
        loadNanos / 1e9, (heapAfter - heapBefore) / 1e6);
    Map<String, int[]> counts = new TreeMap<>();
    for (String arg : args) {
      int eq = arg.lastIndexOf('=');
      Path file = Path.of(eq < 0 ? arg : arg.substring(0, eq));
      String fixed = eq < 0 ? null : arg.substring(eq + 1);
      measure(detector, file, fixed, counts);
    }
    System.out.println(
        "language  rows  accuracy  rows-not-dev  accuracy-not-dev  accuracy-dev  und  lingua");
    counts.forEach(
        (language, c) ->
            System.out.printf(
                "%-8s %5d  %.4f  %5d  %.4f  %.4f  %4d  %.2f%n",
                language,
                c[0],
                c[1] / (double) c[0],
                c[2],
                c[3] / (double) c[2],
                (c[1] - c[3]) / (double) (c[0] - c[2]),
                c[4],
                c[5] / (double) c[0]));
  }

  private static void measure(
      LanguageDetector detector, Path file, String fixed, Map<String, int[]> counts)
      throws IOException {
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CsvReader csv = new CsvReader(reader);
      List<String> header = csv.next();
      int text = header.indexOf("text");
      int language = header.indexOf("language");
      for (List<String> row = csv.next(); row != null; row = csv.next()) {
        if (row.size() <= text) {
          continue;
        }
        String expected = fixed != null ? fixed : row.get(language);
        int[] c = counts.computeIfAbsent(expected, l -> new int[6]);
        boolean dev = c[0] % 10 == 0;
        LanguageDetection d = detector.detect(MessageText.of(row.get(text)));
        boolean right = d.language().equals(expected);
        if (dev && !right && Boolean.getBoolean("errors")) {
          System.out.println(expected + " -> " + d.reason() + " | " + row.get(text));
        }
        c[0]++;
        c[1] += right ? 1 : 0;
        c[2] += dev ? 0 : 1;
        c[3] += !dev && right ? 1 : 0;
        c[4] += d.language().equals(LanguageDetector.UNDETERMINED) ? 1 : 0;
        c[5] += d.rule().equals("lingua") ? 1 : 0;
      }
    }
  }
}
