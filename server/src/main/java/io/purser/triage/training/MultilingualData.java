package io.purser.triage.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The labelled texts beyond English in {@code ../shared/data/multilingual/}: general-domain tweets
 * in six languages ({@value #TWEETS}) and German rail-customer messages ({@value #GERMEVAL}), with
 * one fixed held-out split.
 *
 * <p><b>The split.</b> A text is held out (TEST) when the CRC-32 of its UTF-8 bytes is divisible by
 * 5 (about 20 %), whatever file or row it comes from, so the same text is on the same side in every
 * file and any tool can recompute it ({@code zlib.crc32(text.encode()) % 5 == 0} in Python). Only
 * TRAIN is trained or tuned on; TEST is written out by {@code purser eval triage --heldout DIR} for
 * reporting. The CRC also serves as the text's id, so cross-validation folds ({@code id / 5 % 5})
 * are spread evenly inside TRAIN.
 */
public final class MultilingualData {

  public static final String TWEETS = "multilingual/tweet_sentiment.csv";
  public static final String GERMEVAL = "multilingual/germeval2017_dev.tsv";

  /** The languages of the tweets file, in its order. */
  public static final List<String> LANGUAGES = List.of("es", "fr", "de", "pt", "it", "ar");

  private static final Set<String> SENTIMENTS = Set.of("negative", "neutral", "positive");

  private MultilingualData() {}

  /** Whether {@code text} belongs to the held-out TEST split. */
  public static boolean isTest(String text) {
    return idOf(text) % 5 == 0;
  }

  /** The text's stable id: the CRC-32 of its UTF-8 bytes. */
  static long idOf(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  /** Whether the multilingual files are under {@code dataDir} (training works without them). */
  public static boolean present(Path dataDir) {
    return Files.isRegularFile(dataDir.resolve(TWEETS))
        && Files.isRegularFile(dataDir.resolve(GERMEVAL));
  }

  /** The tweets of the six languages, labelled with sentiment and language, in file order. */
  public static List<LabelledText> tweets(Path dataDir) throws IOException {
    List<LabelledText> texts = new ArrayList<>();
    try (BufferedReader reader =
        Files.newBufferedReader(dataDir.resolve(TWEETS), StandardCharsets.UTF_8)) {
      CsvReader csv = new CsvReader(reader);
      List<String> header = csv.next();
      int language = header.indexOf("language");
      int text = header.indexOf("text");
      int sentiment = header.indexOf("sentiment");
      for (List<String> row = csv.next(); row != null; row = csv.next()) {
        if (row.size() == header.size() && SENTIMENTS.contains(row.get(sentiment))) {
          texts.add(labelled(row.get(text), row.get(sentiment), null, row.get(language)));
        }
      }
    }
    return texts;
  }

  /**
   * The GermEval 2017 messages (tab-separated, no header: url, text, relevant, sentiment, aspects).
   * A message about the operator ({@code relevant} true) and negative is a complaint; the others
   * need no response: that is the category the needs-response evaluation compares with.
   */
  public static List<LabelledText> germeval(Path dataDir) throws IOException {
    List<LabelledText> texts = new ArrayList<>();
    for (String line : Files.readAllLines(dataDir.resolve(GERMEVAL), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length >= 4 && !f[1].isBlank() && SENTIMENTS.contains(f[3])) {
        boolean complaint = f[2].equals("true") && f[3].equals("negative");
        texts.add(labelled(f[1], f[3], complaint ? "complaint" : "chatter", "de"));
      }
    }
    return texts;
  }

  /** Every multilingual text of one split. */
  public static List<LabelledText> split(List<LabelledText> texts, boolean test) {
    return texts.stream().filter(t -> isTest(t.text()) == test).toList();
  }

  private static LabelledText labelled(
      String text, String sentiment, String category, String language) {
    return new LabelledText(idOf(text), text, sentiment, null, category, null, 1.0, language);
  }
}
