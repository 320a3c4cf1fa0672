package io.purser.conversation.search;

import io.purser.conversation.SearchWords;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V10: fills search_term (V9) from the messages stored before it existed, with the same
 * {@link SearchWords} the pipeline uses from then on. Boot's Flyway runs the JavaMigration beans
 * with the SQL scripts, in version order (a bean, so it implements JavaMigration itself: the class
 * name does not follow Flyway's V10__ naming).
 */
@Component
class SearchTermsBackfill implements JavaMigration {

  private static final int BATCH = 5_000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("10");
  }

  @Override
  public String getDescription() {
    return "search terms of stored messages";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    var connection = context.getConnection();
    try (var read =
            connection.prepareStatement(
                "select workspace_id, conversation_id, text, direction, author_name, author_handle"
                    + " from message where conversation_id is not null order by conversation_id");
        var write =
            connection.prepareStatement(
                "insert into search_term (workspace_id, term, conversation_id) values (?, ?, ?)")) {
      read.setFetchSize(1_000);
      backfill(read, write);
    }
  }

  private static void backfill(PreparedStatement read, PreparedStatement write)
      throws SQLException {
    long conversation = -1;
    Set<String> seen = new HashSet<>();
    int pending = 0;
    try (var rows = read.executeQuery()) {
      while (rows.next()) {
        long workspaceId = rows.getLong(1);
        long conversationId = rows.getLong(2);
        if (conversationId != conversation) {
          conversation = conversationId;
          seen.clear();
        }
        var terms =
            SearchWords.ofMessage(
                rows.getString(3),
                "inbound".equals(rows.getString(4)),
                rows.getString(5),
                rows.getString(6));
        for (var term : terms) {
          if (seen.add(term)) {
            write.setLong(1, workspaceId);
            write.setString(2, term);
            write.setLong(3, conversationId);
            write.addBatch();
            pending++;
          }
        }
        if (pending >= BATCH) {
          write.executeBatch();
          pending = 0;
        }
      }
    }
    if (pending > 0) {
      write.executeBatch();
    }
  }
}
