package io.purser.conversation;

import io.purser.conversation.ConversationSeeding.SeededConversation;
import io.purser.conversation.ConversationSeeding.SeededMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The rows {@link ConversationSeeding} writes, numbered from ids a million above the highest of
 * each table, so seeded rows never meet the pipeline's.
 */
final class SeedingRows {

  private static final int PREVIEW = 280;

  /**
   * A null of a given SQL type: PostgreSQL's driver prepares a batch once only while each column
   * keeps its type from row to row, and a bare null is taken for text.
   */
  private record TypedNull(int sqlType) {}

  private static final TypedNull NO_TIME = new TypedNull(Types.TIMESTAMP);

  private final long workspaceId;
  private final long accountId;
  private final long contact0;
  private final long identity0;
  private final long conversation0;
  private final long message0;
  private long conversations;
  private long messages;

  private SeedingRows(long workspaceId, long accountId, long[] firstIds) {
    this.workspaceId = workspaceId;
    this.accountId = accountId;
    this.contact0 = firstIds[0];
    this.identity0 = firstIds[1];
    this.conversation0 = firstIds[2];
    this.message0 = firstIds[3];
  }

  static SeedingRows above(Connection c, long workspaceId, long accountId) throws SQLException {
    var tables = List.of("contact", "contact_identity", "conversation", "message");
    var firstIds = new long[tables.size()];
    for (int i = 0; i < firstIds.length; i++) {
      try (var statement = c.createStatement();
          var rs =
              statement.executeQuery(
                  "select coalesce(max(id), 0) + 1000000 from " + tables.get(i))) {
        rs.next();
        firstIds[i] = rs.getLong(1);
      }
    }
    return new SeedingRows(workspaceId, accountId, firstIds);
  }

  long messages() {
    return messages;
  }

  Batch batch(Connection c) throws SQLException {
    return new Batch(c);
  }

  /** One transaction's rows, batched per table. */
  final class Batch implements AutoCloseable {

    private final List<PreparedStatement> statements;

    private Batch(Connection c) throws SQLException {
      statements =
          List.of(
              c.prepareStatement(
                  "insert into contact (id, workspace_id, display_name, created_at) values (?, ?,"
                      + " ?, ?)"),
              c.prepareStatement(
                  "insert into contact_identity (id, workspace_id, contact_id, network,"
                      + " external_user_id, handle, display_name, created_at) values (?, ?, ?,"
                      + " 'x', ?, ?, ?, ?)"),
              c.prepareStatement(
                  "insert into conversation (id, workspace_id, contact_id, status,"
                      + " channel_account_id, opened_at, last_message_at, last_inbound_at,"
                      + " message_count, preview) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              c.prepareStatement(
                  "insert into message (id, workspace_id, conversation_id, channel_account_id,"
                      + " network, external_id, kind, direction, visibility, author_external_id,"
                      + " author_handle, author_name, text, created_at, received_at,"
                      + " delivery_status) values (?, ?, ?, ?, 'x', ?, 'tweet', ?, 'public', ?, ?,"
                      + " ?, ?, ?, ?, ?)"),
              c.prepareStatement(
                  "insert into search_term (workspace_id, term, conversation_id) values (?, ?,"
                      + " ?)"),
              c.prepareStatement(
                  "insert into conversation_tag (workspace_id, conversation_id, tag, created_at)"
                      + " values (?, ?, ?, ?)"));
    }

    /** Adds a conversation's rows; returns its id. */
    long add(SeededConversation seeded) throws SQLException {
      long n = conversations++;
      long contactId = contact0 + n;
      long conversationId = conversation0 + n;
      var opened = ts(seeded.messages().get(0).at());
      addBatch(0, contactId, workspaceId, seeded.name(), opened);
      addBatch(
          1,
          identity0 + n,
          workspaceId,
          contactId,
          seeded.externalUserId(),
          seeded.handle(),
          seeded.name(),
          opened);
      var terms = new LinkedHashSet<String>();
      for (var message : seeded.messages()) {
        addMessage(conversationId, seeded, message);
        terms.addAll(
            SearchWords.ofMessage(
                message.text(), message.inbound(), seeded.name(), seeded.handle()));
      }
      for (var term : terms) {
        addBatch(4, workspaceId, term, conversationId);
      }
      for (var tag : seeded.tags()) {
        addBatch(5, workspaceId, conversationId, tag, opened);
      }
      addConversation(conversationId, contactId, seeded);
      return conversationId;
    }

    private void addConversation(long id, long contactId, SeededConversation seeded)
        throws SQLException {
      var messages = seeded.messages();
      var first = messages.get(0).text();
      var lastInbound =
          messages.stream().filter(SeededMessage::inbound).reduce((a, b) -> b).orElse(null);
      addBatch(
          2,
          id,
          workspaceId,
          contactId,
          seeded.status().wireName(),
          accountId,
          ts(messages.get(0).at()),
          ts(messages.get(messages.size() - 1).at()),
          lastInbound == null ? NO_TIME : ts(lastInbound.at()),
          messages.size(),
          first.length() > PREVIEW ? first.substring(0, PREVIEW) : first);
    }

    private void addMessage(long conversationId, SeededConversation seeded, SeededMessage m)
        throws SQLException {
      long id = message0 + messages++;
      var at = ts(m.at());
      addBatch(
          3,
          id,
          workspaceId,
          conversationId,
          accountId,
          "b" + id,
          m.inbound() ? "inbound" : "outbound",
          m.inbound() ? seeded.externalUserId() : "brand",
          m.inbound() ? seeded.handle() : null,
          m.inbound() ? seeded.name() : null,
          m.text(),
          at,
          at,
          m.inbound() ? null : "sent");
    }

    private void addBatch(int table, Object... values) throws SQLException {
      var statement = statements.get(table);
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof TypedNull none) {
          statement.setNull(i + 1, none.sqlType());
        } else if (values[i] == null) {
          statement.setNull(i + 1, Types.VARCHAR);
        } else {
          statement.setObject(i + 1, values[i]);
        }
      }
      statement.addBatch();
    }

    /** Runs the batches, parents before the rows that refer to them. */
    void execute() throws SQLException {
      for (int table : new int[] {0, 1, 2, 3, 5, 4}) {
        statements.get(table).executeBatch();
      }
    }

    @Override
    public void close() throws SQLException {
      for (var statement : statements) {
        statement.close();
      }
    }
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }
}
