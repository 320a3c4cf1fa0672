package io.purser.conversation;

import static io.purser.conversation.ConversationStore.instant;
import static io.purser.conversation.ConversationStore.utc;

import io.purser.workspace.Network;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The message table. Every statement is scoped by workspace. */
@Repository
class Messages {

  private static final String VIEW =
      "select id, conversation_id, external_id, network, kind, direction, visibility,"
          + " author_external_id, author_handle, author_name, recipient_external_id, text,"
          + " attachments,"
          + " in_reply_to_external_id, thread_external_id, created_at, received_at,"
          + " delivery_status, delivery_error, removal, edited_at, triage from message";

  /** Where a known message sits. */
  record Placement(long id, Long conversationId, String direction, String inReplyToExternalId) {
    boolean isBrandPost() {
      return conversationId == null && "outbound".equals(direction) && inReplyToExternalId == null;
    }
  }

  /** A brand reply that waited for its parent. */
  record HeldReply(long id, String externalId) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;
  private final SearchIndex search;

  Messages(JdbcClient jdbc, JdbcTemplate jdbcTemplate, SearchIndex search) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.search = search;
  }

  /** Which of these network ids are stored already: one query for a whole batch. */
  Set<String> storedExternalIds(long workspaceId, Network network, Collection<String> externalIds) {
    return new HashSet<>(storedIds(workspaceId, network, externalIds).keySet());
  }

  /**
   * The ids of the messages with these network ids that are stored already, by network id: one
   * query for a whole batch. The ids are joined as an array ({@link SqlArrays}) rather than listed
   * in {@code IN (...)}: H2 uses an index for an IN list only on the first column of the index, so
   * {@code external_id IN (...)} walked every message of the workspace, a cost growing with the
   * table.
   */
  Map<String, Long> storedIds(long workspaceId, Network network, Collection<String> externalIds) {
    var found = new HashMap<String, Long>();
    if (externalIds.isEmpty()) {
      return found;
    }
    jdbcTemplate.query(
        "select m.external_id, m.id from unnest(?) as t(e) join message m on m.workspace_id = ?"
            + " and m.network = ? and m.external_id = t.e",
        ps -> {
          ps.setArray(1, SqlArrays.varchars(ps, externalIds));
          ps.setLong(2, workspaceId);
          ps.setString(3, network.wireName());
        },
        (RowCallbackHandler) rs -> found.put(rs.getString(1), rs.getLong(2)));
    return found;
  }

  /** Which of these network ids have brand replies held for them (waiting for their parent). */
  Set<String> parentsWithHeldReplies(
      long workspaceId, Network network, Collection<String> externalIds) {
    var found = new HashSet<String>();
    if (externalIds.isEmpty()) {
      return found;
    }
    jdbcTemplate.query(
        "select m.in_reply_to_external_id from unnest(?) as t(e) join message m on"
            + " m.in_reply_to_external_id = t.e and m.workspace_id = ? and m.network = ? and"
            + " m.conversation_id is null",
        ps -> {
          ps.setArray(1, SqlArrays.varchars(ps, externalIds));
          ps.setLong(2, workspaceId);
          ps.setString(3, network.wireName());
        },
        (RowCallbackHandler) rs -> found.add(rs.getString(1)));
    return found;
  }

  /** A message to insert, with the conversation it joins. */
  record Insert(NewMessage message, Long conversationId, String direction) {}

  /** Inserts these messages as one JDBC batch; returns their ids, in order. */
  List<Long> insertAll(List<Insert> inserts) {
    if (inserts.isEmpty()) {
      return List.of();
    }
    var keys = new GeneratedKeyHolder();
    jdbcTemplate.batchUpdate(
        con -> con.prepareStatement(INSERT, new String[] {"id"}),
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            var insert = inserts.get(i);
            var values =
                insertValues(insert.message(), insert.conversationId(), insert.direction());
            for (int c = 0; c < values.length; c++) {
              ps.setObject(c + 1, values[c]);
            }
          }

          @Override
          public int getBatchSize() {
            return inserts.size();
          }
        },
        keys);
    var ids = SqlArrays.ids(keys);
    var byWorkspace = new java.util.LinkedHashMap<Long, List<Insert>>();
    inserts.forEach(
        i -> byWorkspace.computeIfAbsent(i.message().workspaceId(), w -> new ArrayList<>()).add(i));
    byWorkspace.forEach(search::messages);
    return ids;
  }

  private static Object[] insertValues(NewMessage m, Long conversationId, String direction) {
    return new Object[] {
      m.workspaceId(),
      conversationId,
      m.channelAccountId(),
      m.network().wireName(),
      m.externalId(),
      m.kind(),
      direction,
      m.isPublic() ? "public" : "private",
      m.authorExternalId(),
      Contacts.truncate(m.authorHandle(), 200),
      Contacts.truncate(m.authorName(), 200),
      m.counterpartExternalId(),
      m.text(),
      m.attachmentsJson(),
      m.inReplyToExternalId(),
      m.threadExternalId(),
      utc(m.createdAt()),
      utc(m.receivedAt()),
      m.triageJson()
    };
  }

  Optional<Placement> find(long workspaceId, Network network, String externalId) {
    return jdbc.sql(
            "select id, conversation_id, direction, in_reply_to_external_id from message"
                + " where workspace_id = ? and network = ? and external_id = ?")
        .params(workspaceId, network.wireName(), externalId)
        .query(
            (rs, row) ->
                new Placement(
                    rs.getLong("id"),
                    rs.getObject("conversation_id", Long.class),
                    rs.getString("direction"),
                    rs.getString("in_reply_to_external_id")))
        .optional();
  }

  private static final String INSERT =
      "insert into message (workspace_id, conversation_id, channel_account_id, network,"
          + " external_id, kind, direction, visibility, author_external_id, author_handle,"
          + " author_name, recipient_external_id, text, attachments,"
          + " in_reply_to_external_id, thread_external_id, created_at, received_at, triage)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  long insert(NewMessage m, Long conversationId, String direction) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(INSERT).params(insertValues(m, conversationId, direction)).update(keys, "id");
    if (conversationId != null) {
      search.message(
          m.workspaceId(),
          conversationId,
          m.text(),
          "inbound".equals(direction),
          m.authorName(),
          m.authorHandle());
    }
    return keys.getKey().longValue();
  }

  /**
   * Moves held messages that answer {@code parentExternalId} into the conversation, and returns
   * their ids and external ids so their own held answers can follow.
   */
  List<HeldReply> adoptHeldReplies(
      long workspaceId, Network network, String parentExternalId, long conversationId) {
    var held =
        jdbc.sql(
                "select id, external_id from message where workspace_id = ? and network = ? and"
                    + " in_reply_to_external_id = ? and conversation_id is null")
            .params(workspaceId, network.wireName(), parentExternalId)
            .query((rs, row) -> new HeldReply(rs.getLong("id"), rs.getString("external_id")))
            .list();
    for (var message : held) {
      jdbc.sql("update message set conversation_id = ? where workspace_id = ? and id = ?")
          .params(conversationId, workspaceId, message.id())
          .update();
      search.storedMessage(workspaceId, message.id());
    }
    return held;
  }

  List<MessageView> ofConversation(long workspaceId, long conversationId) {
    return jdbc.sql(
            VIEW + " where workspace_id = ? and conversation_id = ? order by created_at, id")
        .params(workspaceId, conversationId)
        .query(Messages::view)
        .list();
  }

  List<MessageView> byExternalId(long workspaceId, Network network, String externalId) {
    return jdbc.sql(VIEW + " where workspace_id = ? and network = ? and external_id = ?")
        .params(workspaceId, network.wireName(), externalId)
        .query(Messages::view)
        .list();
  }

  Optional<MessageView> view(long workspaceId, long messageId) {
    return jdbc.sql(VIEW + " where workspace_id = ? and id = ?")
        .params(workspaceId, messageId)
        .query(Messages::view)
        .optional();
  }

  static MessageView view(ResultSet rs, int row) throws SQLException {
    return new MessageView(
        rs.getLong("id"),
        rs.getObject("conversation_id", Long.class),
        rs.getString("external_id"),
        rs.getString("network"),
        rs.getString("kind"),
        rs.getString("direction"),
        rs.getString("visibility"),
        rs.getString("author_external_id"),
        rs.getString("author_handle"),
        rs.getString("author_name"),
        rs.getString("recipient_external_id"),
        rs.getString("text"),
        rs.getString("attachments"),
        rs.getString("in_reply_to_external_id"),
        rs.getString("thread_external_id"),
        instant(rs, "created_at"),
        instant(rs, "received_at"),
        rs.getString("delivery_status"),
        rs.getString("delivery_error"),
        rs.getString("removal"),
        instant(rs, "edited_at"),
        rs.getString("triage"));
  }

  int edit(long workspaceId, Network network, String externalId, String text, Instant at) {
    int edited =
        jdbc.sql(
                "update message set text = ?, edited_at = ? where workspace_id = ? and network = ?"
                    + " and external_id = ?")
            .params(text, utc(at), workspaceId, network.wireName(), externalId)
            .update();
    if (edited > 0) {
      // The new words become findable; the old ones stay (see SearchIndex).
      find(workspaceId, network, externalId)
          .ifPresent(placed -> search.storedMessage(workspaceId, placed.id()));
    }
    return edited;
  }

  /** Makes a stored message that has just joined a conversation findable with it. */
  void joined(long workspaceId, long messageId) {
    search.storedMessage(workspaceId, messageId);
  }

  int remove(long workspaceId, Network network, String externalId, String removal) {
    return jdbc.sql(
            "update message set removal = ? where workspace_id = ? and network = ? and"
                + " external_id = ?")
        .params(removal, workspaceId, network.wireName(), externalId)
        .update();
  }
}
