package io.purser.triage.training;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: quoted fields may hold commas, doubled quotes and newlines, as the tweet
 * texts do. Small enough that a dependency is not worth it.
 */
public final class CsvReader {

  private final Reader in;
  private int peeked = -2;

  public CsvReader(Reader in) {
    this.in = in;
  }

  /** The next record's fields, or {@code null} at the end of the input. */
  public List<String> next() throws IOException {
    if (peek() == -1) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    while (true) {
      int c = read();
      if (c == -1) {
        fields.add(field.toString());
        return fields;
      }
      if (quoted) {
        if (c == '"' && peek() == '"') {
          field.append((char) read());
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append((char) c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        fields.add(field.toString());
        return fields;
      } else {
        field.append((char) c);
      }
    }
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = in.read();
    }
    return peeked;
  }

  private int read() throws IOException {
    int c = peek();
    peeked = -2;
    return c;
  }
}
