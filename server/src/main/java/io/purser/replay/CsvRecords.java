package io.purser.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: fields separated by commas, optionally quoted; a quoted field may hold
 * commas, newlines and doubled quotes. The datasets' tweet texts contain all three, so splitting on
 * lines or commas would tear records apart.
 */
final class CsvRecords {

  private final String csv;
  private final List<List<String>> records = new ArrayList<>();
  private List<String> record = new ArrayList<>();
  private final StringBuilder field = new StringBuilder();
  private boolean fieldStarted;

  private CsvRecords(String csv) {
    this.csv = csv;
  }

  /** Every record of {@code csv}, the header included; a trailing newline adds no record. */
  static List<List<String>> parse(String csv) {
    return new CsvRecords(csv).readAll();
  }

  private List<List<String>> readAll() {
    int i = csv.startsWith("\uFEFF") ? 1 : 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.isEmpty()) {
        i = readQuoted(i + 1);
      } else if (c == ',') {
        endField();
        i++;
      } else if (c == '\n' || c == '\r') {
        endRecord();
        i += c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n' ? 2 : 1;
      } else {
        field.append(c);
        fieldStarted = true;
        i++;
      }
    }
    endRecord();
    return records;
  }

  /** Reads a quoted field from just after its opening quote; returns where reading resumes. */
  private int readQuoted(int from) {
    fieldStarted = true;
    for (int i = from; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c != '"') {
        field.append(c);
      } else if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("the CSV ends inside a quoted field");
  }

  private void endField() {
    record.add(field.toString());
    field.setLength(0);
    fieldStarted = false;
  }

  /** Ends the record; a blank line is no record. */
  private void endRecord() {
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
      endField();
      records.add(record);
    }
    record = new ArrayList<>();
    field.setLength(0);
    fieldStarted = false;
  }
}
