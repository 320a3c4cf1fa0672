package io.purser.tools;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Where the database's time went during a benchmark, statement by statement: H2's {@code
 * INFORMATION_SCHEMA.QUERY_STATISTICS} (switched on by {@link BenchDatabase} when asked), or
 * PostgreSQL's {@code pg_stat_statements} when the server loads it ({@code
 * shared_preload_libraries}); else it says why there is nothing to show.
 */
final class StatementCosts {

  private static final int SHOWN = 25;

  private StatementCosts() {}

  /** Clears what the database counted so far (the set-up), where it can. */
  static void reset(DataSource dataSource, String kind) {
    if (!"postgres".equals(kind)) {
      return;
    }
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create extension if not exists pg_stat_statements");
      statement.execute("select pg_stat_statements_reset()");
    } catch (SQLException e) {
      System.err.println(
          "Statement costs: pg_stat_statements is not available ("
              + e.getMessage()
              + "); add it to shared_preload_libraries and restart PostgreSQL");
    }
  }

  /** The costliest statements, most total time first, as lines for standard error. */
  static List<String> report(DataSource dataSource, String kind) {
    var sql =
        "postgres".equals(kind)
            ? "select calls, total_exec_time, rows, query from pg_stat_statements"
                + " where dbid = (select oid from pg_database where datname = current_database())"
                + " order by total_exec_time desc limit "
                + SHOWN
            : "select execution_count, cumulative_execution_time, cumulative_row_count,"
                + " sql_statement from information_schema.query_statistics"
                + " order by cumulative_execution_time desc limit "
                + SHOWN;
    var lines = new ArrayList<String>();
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      lines.add(String.format("%10s %10s %10s  %s", "calls", "total ms", "rows", "statement"));
      while (rows.next()) {
        lines.add(
            String.format(
                "%10d %10.0f %10d  %s",
                rows.getLong(1),
                rows.getDouble(2),
                rows.getLong(3),
                rows.getString(4).replaceAll("\\s+", " ")));
      }
    } catch (SQLException e) {
      lines.add("Statement costs are not available: " + e.getMessage());
    }
    return lines;
  }
}
