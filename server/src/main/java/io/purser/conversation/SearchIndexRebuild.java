package io.purser.conversation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * On H2, search_term's index is dropped for a bulk load and built again at its end. Inserted one
 * batch at a time, the entries of 100,000 conversations (12.7 million) land at random places of a
 * tree far larger than H2's page cache, and the load slows down until it no longer finishes; built
 * once at the end, H2 sorts them first. The statement that builds it is the one H2 itself writes
 * ({@code SCRIPT}), so the index is the product's whatever its migrations say.
 */
final class SearchIndexRebuild {

  private SearchIndexRebuild() {}

  /** Drops the index on H2 and returns the statement that builds it again; null elsewhere. */
  static String dropOnH2(Connection c) throws SQLException {
    if (!c.getMetaData().getDatabaseProductName().equalsIgnoreCase("h2")) {
      return null;
    }
    String create = null;
    try (var statement = c.createStatement();
        var rs = statement.executeQuery("script nodata")) {
      while (rs.next()) {
        var line = rs.getString(1);
        var lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("create") && lower.contains("\"search_term_find\"")) {
          create = line;
        }
      }
    }
    if (create == null) {
      throw new IllegalStateException("H2 has no index search_term_find on search_term");
    }
    try (var statement = c.createStatement()) {
      statement.execute("drop index search_term_find");
    }
    return create;
  }

  /** Runs the statement {@link #dropOnH2} returned, if any. */
  static void create(Connection c, String create) throws SQLException {
    if (create == null) {
      return;
    }
    try (var statement = c.createStatement()) {
      statement.execute(create);
    }
  }
}
