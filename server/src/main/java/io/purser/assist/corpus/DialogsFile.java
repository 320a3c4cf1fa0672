package io.purser.assist.corpus;

import io.purser.triage.training.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code dialogs.csv} (columns {@code first_tweet_id, airline, first_utterance, context}):
 * each row becomes a {@link Dialog} of the customer's turns before the first {@code <rep__ …
 * __rep>} turn and that turn. Rows the brand never answered are skipped: they teach no reply.
 */
public final class DialogsFile {

  /** Where the shared dialogs live, seen from the project root where ./purser runs. */
  public static final String DEFAULT = "../shared/data/airline-care-dialogs/dialogs.csv";

  private static final Pattern TURN =
      Pattern.compile("<(cust|rep)__(.*?)__(?:cust|rep)>", Pattern.DOTALL);
  private static final List<String> HEADER =
      List.of("first_tweet_id", "airline", "first_utterance", "context");

  private DialogsFile() {}

  /** Every answered conversation of the file, in file order. */
  public static List<Dialog> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CsvReader csv = new CsvReader(in);
      List<String> header = csv.next();
      if (header == null || !header.equals(HEADER)) {
        throw new IOException(file + ": expected the header " + String.join(",", HEADER));
      }
      List<Dialog> dialogs = new ArrayList<>();
      for (List<String> row = csv.next(); row != null; row = csv.next()) {
        if (row.size() != HEADER.size()) {
          throw new IOException(file + ": expected 4 fields, got " + row.size() + ": " + row);
        }
        Dialog dialog = dialog(row.get(0), row.get(1), row.get(2) + " " + row.get(3));
        if (dialog != null) {
          dialogs.add(dialog);
        }
      }
      return dialogs;
    }
  }

  /** The dialog of one row's turns, or {@code null} when no agent answered. */
  static Dialog dialog(String id, String airline, String turns) {
    StringBuilder query = new StringBuilder();
    Matcher turn = TURN.matcher(turns);
    while (turn.find()) {
      String text = turn.group(2).replace("__company__", " ").replaceAll("\\s+", " ").strip();
      if (turn.group(1).equals("rep")) {
        return new Dialog(id.strip(), airline.strip(), query.toString().strip(), text);
      }
      query.append(' ').append(text);
    }
    return null;
  }
}
