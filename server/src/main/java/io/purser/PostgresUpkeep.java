package io.purser;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Does autovacuum's work on PostgreSQL when the server's autovacuum is off: without it no table is
 * ever analysed, the planner keeps guessing that each table is as small as it was when created, and
 * the pipeline's look-ups walk whole indexes while updated rows pile up as dead ones.
 *
 * <p>Every {@code purser.database.upkeep-interval} each of Purser's tables changed past
 * autovacuum's default thresholds is analysed (50 rows + 10 % changed since the last analysis) or
 * vacuumed and analysed (50 rows + 20 % dead). With autovacuum on, or on H2, it does nothing.
 */
@Component
class PostgresUpkeep {

  private static final Logger log = LoggerFactory.getLogger(PostgresUpkeep.class);

  private final DataSource dataSource;
  private final NodeDuties duties;
  private volatile Boolean needed;

  PostgresUpkeep(DataSource dataSource, NodeDuties duties) {
    this.dataSource = dataSource;
    this.duties = duties;
  }

  @Scheduled(
      fixedDelayString = "#{@databaseSettings.upkeepInterval()}",
      initialDelayString = "#{@databaseSettings.upkeepInterval()}")
  void scheduled() {
    if (!duties.mine("postgres-upkeep")) {
      return; // another node analyses and vacuums the shared database
    }
    try {
      upkeep();
    } catch (SQLException e) {
      log.warn("Could not analyse or vacuum the tables; trying again later: {}", e.toString());
    }
  }

  /** Analyses and vacuums what needs it; returns the tables it worked on. */
  List<String> upkeep() throws SQLException {
    try (var connection = dataSource.getConnection()) {
      if (!isNeeded(connection)) {
        return List.of();
      }
      connection.setAutoCommit(true); // VACUUM cannot run inside a transaction
      var due = new ArrayList<String>();
      var commands = new ArrayList<String>();
      try (var statement = connection.createStatement();
          var tables =
              statement.executeQuery(
                  "select relname, n_dead_tup > 50 + 0.2 * n_live_tup from pg_stat_user_tables"
                      + " where schemaname = current_schema()"
                      + " and (n_mod_since_analyze > 50 + 0.1 * n_live_tup"
                      + " or n_dead_tup > 50 + 0.2 * n_live_tup)")) {
        while (tables.next()) {
          var table = tables.getString(1);
          due.add(table);
          commands.add(
              (tables.getBoolean(2) ? "vacuum (analyze) " : "analyze ")
                  + '"'
                  + table.replace("\"", "\"\"")
                  + '"');
        }
      }
      try (var statement = connection.createStatement()) {
        for (var command : commands) {
          statement.execute(command);
        }
      }
      if (!due.isEmpty()) {
        log.debug("Analysed {}", due);
      }
      return due;
    }
  }

  private boolean isNeeded(Connection connection) throws SQLException {
    var known = needed;
    if (known != null) {
      return known;
    }
    boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    boolean off = false;
    if (postgres) {
      try (var statement = connection.createStatement();
          var setting = statement.executeQuery("select current_setting('autovacuum')")) {
        off = setting.next() && "off".equals(setting.getString(1));
      }
      if (off) {
        log.info(
            "PostgreSQL's autovacuum is off: Purser analyses and vacuums its own tables as they"
                + " change");
      }
    }
    needed = postgres && off;
    return needed;
  }
}
