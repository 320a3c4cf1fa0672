package io.purser.conversation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Bulk loading of conversations for operator tools that need a realistic volume in seconds (the
 * console benchmark loads a million messages; the pipeline would take hours): straight through
 * batched SQL, it writes what the pipeline would for the same conversations — each customer's
 * contact and X identity, the conversation, its messages, its search terms (from the same {@link
 * SearchWords}) and its tags — with ids above every existing one. Not a bean: the product itself
 * never seeds. Start it, {@link #add} conversations in batches, and {@link #close} it.
 */
public final class ConversationSeeding implements AutoCloseable {

  /**
   * A customer's conversation on X as the seeding writes it.
   *
   * @param externalUserId the customer's X user id
   * @param messages oldest first; the first is when the conversation opened
   */
  public record SeededConversation(
      String name,
      String handle,
      String externalUserId,
      ConversationStatus status,
      List<SeededMessage> messages,
      List<String> tags) {}

  /** A public post: the customer's when inbound, else the brand's reply, sent. */
  public record SeededMessage(boolean inbound, String text, Instant at) {}

  private final Connection connection;
  private final SeedingRows rows;
  private final String searchIndex;

  private ConversationSeeding(Connection connection, SeedingRows rows, String searchIndex) {
    this.connection = connection;
    this.rows = rows;
    this.searchIndex = searchIndex;
  }

  /** Seeding into one workspace's X account; holds one connection until {@link #close}. */
  public static ConversationSeeding start(
      DataSource dataSource, long workspaceId, long channelAccountId) throws SQLException {
    var connection = dataSource.getConnection();
    try {
      var searchIndex = SearchIndexRebuild.dropOnH2(connection);
      connection.setAutoCommit(false);
      var rows = SeedingRows.above(connection, workspaceId, channelAccountId);
      return new ConversationSeeding(connection, rows, searchIndex);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** Writes the conversations in one transaction; returns their ids, in the same order. */
  public List<Long> add(List<SeededConversation> conversations) throws SQLException {
    var ids = new ArrayList<Long>(conversations.size());
    try (var batch = rows.batch(connection)) {
      for (var conversation : conversations) {
        ids.add(batch.add(conversation));
      }
      batch.execute();
    }
    connection.commit();
    return ids;
  }

  /** How many messages have been written so far. */
  public long messages() {
    return rows.messages();
  }

  /**
   * Builds the search index again where {@link #start} dropped it, and lets go of the connection.
   */
  @Override
  public void close() throws SQLException {
    try (connection) {
      connection.commit();
      connection.setAutoCommit(true);
      SearchIndexRebuild.create(connection, searchIndex);
    }
  }
}
