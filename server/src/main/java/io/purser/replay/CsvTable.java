package io.purser.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A parsed CSV file whose first record names the columns; fields are found by column name. */
public record CsvTable(List<String> header, List<List<String>> rows) {

  public static CsvTable read(Path file) {
    try {
      return of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static CsvTable readResource(String name) {
    try (InputStream in = CsvTable.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its bundled sample " + name);
      }
      return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled sample " + name, e);
    }
  }

  public static CsvTable of(String csv) {
    var records = CsvRecords.parse(csv);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("the CSV has no header");
    }
    return new CsvTable(records.get(0), records.subList(1, records.size()));
  }

  /** The index of a column the file must have. */
  public int column(String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("the CSV has no column '" + name + "': " + header);
    }
    return index;
  }

  public static String field(List<String> row, int column) {
    return column < row.size() ? row.get(column) : "";
  }

  /**
   * One value per distinct key, read from the row where the key first appears, in file order (the
   * datasets repeat rows). A row without a key is skipped.
   *
   * @param key the row's key, such as its tweet id; null when it has none
   * @param value what the row holds, given its key
   */
  public <T> List<T> firstOfEach(
      Function<List<String>, String> key, BiFunction<String, List<String>, T> value) {
    var seen = new HashSet<String>();
    var values = new ArrayList<T>(rows.size());
    for (var row : rows) {
      var rowKey = key.apply(row);
      if (rowKey != null && seen.add(rowKey)) {
        values.add(value.apply(rowKey, row));
      }
    }
    return values;
  }
}
