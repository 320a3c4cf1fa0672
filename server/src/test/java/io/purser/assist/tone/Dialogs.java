package io.purser.assist.tone;

import io.purser.testing.SharedData;
import io.purser.triage.training.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Real airline care conversations on X, in the format of {@code airline-care-dialogs/dialogs.csv}:
 * the customer's first words, then every turn that followed.
 */
public final class Dialogs {

  /** One turn: the customer's or an agent's words, as posted (with the data set's placeholders). */
  public record Turn(boolean customer, String text) {}

  /** One conversation of the data set. */
  public record Dialog(String id, String airline, List<Turn> turns) {

    /** The first agent reply, or {@code null} when no agent answered. */
    public Turn firstReply() {
      return turns.stream().filter(t -> !t.customer()).findFirst().orElse(null);
    }
  }

  private static final Pattern TURN =
      Pattern.compile("<(cust|rep)__(.*?)__(?:cust|rep)>", Pattern.DOTALL);

  private Dialogs() {}

  /** The shared data set. */
  public static Path shared() {
    return SharedData.folder().resolve("data/airline-care-dialogs/dialogs.csv");
  }

  /** The first {@code limit} conversations of a file, in file order. */
  public static List<Dialog> read(Path csv, int limit) {
    return read(csv, limit, 1);
  }

  /**
   * {@code limit} conversations taken every {@code step} rows, in file order: the file is sorted by
   * airline, so a step spreads a sample over all of them.
   */
  public static List<Dialog> read(Path csv, int limit, int step) {
    try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      var rows = new CsvReader(reader);
      rows.next(); // the header
      var dialogs = new ArrayList<Dialog>();
      int index = 0;
      for (var row = rows.next(); row != null && dialogs.size() < limit; row = rows.next()) {
        if (index++ % step != 0) {
          continue;
        }
        var turns = new ArrayList<Turn>(turns(row.get(2)));
        turns.addAll(turns(row.get(3)));
        dialogs.add(new Dialog(row.get(0), row.get(1), turns));
      }
      return dialogs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
  }

  private static List<Turn> turns(String field) {
    var turns = new ArrayList<Turn>();
    var matcher = TURN.matcher(field);
    while (matcher.find()) {
      turns.add(new Turn(matcher.group(1).equals("cust"), matcher.group(2).strip()));
    }
    return turns;
  }
}
