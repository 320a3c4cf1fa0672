package io.purser.assist.corpus;

import io.purser.assist.SolvedConversation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The starter corpus shipped in the jar for a workspace with no solved conversations yet: the
 * TRAINING split of the airline care dialogs (never TEST), one conversation per line as {@code id
 * TAB airline TAB customer words TAB reply}, gzip-compressed. Read once, on first use. Licence: CC
 * BY-NC-SA 4.0, as the data it comes from (see the NOTICE next to the resource).
 */
public final class StarterCorpus {

  /** Where the corpus lives on the classpath. */
  public static final String RESOURCE = "/io/purser/assist/starter-corpus.tsv.gz";

  /** Where it lives in the source tree, seen from the project root where ./purser runs. */
  public static final String SOURCE = "server/src/main/resources" + RESOURCE;

  private StarterCorpus() {}

  /** The brand's conversations when the corpus has any, otherwise all of them. */
  public static List<SolvedConversation> conversations(String brand) {
    List<Dialog> all = dialogs();
    List<Dialog> own = all.stream().filter(d -> d.airline().equalsIgnoreCase(brand)).toList();
    return (own.isEmpty() ? all : own).stream().map(Dialog::solved).toList();
  }

  /** Every dialog of the corpus, as written (with the answering airline's names). */
  static List<Dialog> dialogs() {
    return Loaded.DIALOGS;
  }

  /** Writes the TRAINING split of {@code dialogs} in the corpus format; returns how many. */
  public static int write(List<Dialog> dialogs, OutputStream out) throws IOException {
    List<Dialog> training = DialogSplit.of(dialogs, false);
    try (Writer w =
        new java.io.OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
      for (Dialog d : training) {
        w.write(String.join("\t", d.id(), d.airline(), flat(d.query()), flat(d.reply())) + "\n");
      }
    }
    return training.size();
  }

  static List<Dialog> read(InputStream in) throws IOException {
    List<Dialog> dialogs = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
          throw new IOException("expected 4 tab-separated fields, got " + f.length + ": " + line);
        }
        dialogs.add(new Dialog(f[0], f[1], f[2], f[3]));
      }
    }
    return dialogs;
  }

  private static String flat(String text) {
    return text.replaceAll("[\\t\\r\\n]+", " ");
  }

  /** Holds the corpus; the JVM loads this class, and so reads the file, on first use only. */
  private static final class Loaded {
    static final List<Dialog> DIALOGS = load();

    private static List<Dialog> load() {
      try (InputStream in = StarterCorpus.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the starter corpus " + RESOURCE + " is missing");
        }
        return List.copyOf(read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the starter corpus " + RESOURCE, e);
      }
    }
  }
}
