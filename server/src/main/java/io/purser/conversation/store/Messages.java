package io.purser.conversation.store;

import static io.purser.Timestamps.utc;

import io.purser.conversation.NewMessage;
import io.purser.conversation.SearchWords;
import io.purser.conversation.search.SearchIndex;
import io.purser.workspace.Network;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The message table as threading writes it: messages stored, found by their network id, and held
 * brand replies adopted. Every statement is scoped by workspace.
 */
@Repository
public class Messages {

  /** Where a known message sits. */
  public record Placement(
      long id, Long conversationId, String direction, String inReplyToExternalId) {
    public boolean isBrandPost() {
      return conversationId == null && "outbound".equals(direction) && inReplyToExternalId == null;
    }
  }

  /** A message to insert, with the conversation it joins. */
  public record Insert(NewMessage message, Long conversationId, String direction) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;
  private final SearchIndex search;

  Messages(JdbcClient jdbc, JdbcTemplate jdbcTemplate, SearchIndex search) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.search = search;
  }

  /**
   * The ids of the messages with these network ids that are stored already, by network id: one
   * query for a whole batch. The ids are joined as an array ({@link SqlArrays}) rather than listed
   * in {@code IN (...)}: H2 uses an index for an IN list only on the first column of the index, so
   * {@code external_id IN (...)} walks every message of the workspace.
   */
  public Map<String, Long> storedIds(
      long workspaceId, Network network, Collection<String> externalIds) {
    var found = new HashMap<String, Long>();
    if (externalIds.isEmpty()) {
      return found;
    }
    jdbcTemplate.query(
        "select m.external_id, m.id from unnest(?) as t(e) join message m on m.workspace_id = ?"
            + " and m.network = ? and m.external_id = t.e",
        ps -> bindIds(ps, workspaceId, network, externalIds),
        (RowCallbackHandler) rs -> found.put(rs.getString(1), rs.getLong(2)));
    return found;
  }

  static void bindIds(
      PreparedStatement ps, long workspaceId, Network network, Collection<String> externalIds)
      throws SQLException {
    ps.setArray(1, SqlArrays.varchars(ps, externalIds));
    ps.setLong(2, workspaceId);
    ps.setString(3, network.wireName());
  }

  private static final String INSERT =
      "insert into message (workspace_id, conversation_id, channel_account_id, network,"
          + " external_id, kind, direction, visibility, author_external_id, author_handle,"
          + " author_name, recipient_external_id, text, attachments,"
          + " in_reply_to_external_id, thread_external_id, created_at, received_at, triage)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** Inserts one message; returns its id. */
  public long insert(NewMessage m, Long conversationId, String direction) {
    return insertAll(List.of(new Insert(m, conversationId, direction))).get(0);
  }

  /**
   * Inserts these messages as one JDBC batch, and makes their conversations findable by them;
   * returns their ids, in order.
   */
  public List<Long> insertAll(List<Insert> inserts) {
    if (inserts.isEmpty()) {
      return List.of();
    }
    var ids =
        SqlArrays.insertAll(
            jdbcTemplate, INSERT, inserts.stream().map(Messages::insertValues).toList());
    index(inserts);
    return ids;
  }

  private static Object[] insertValues(Insert insert) {
    var m = insert.message();
    return new Object[] {
      m.workspaceId(),
      insert.conversationId(),
      m.channelAccountId(),
      m.network().wireName(),
      m.externalId(),
      m.kind(),
      insert.direction(),
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

  /** The search terms of the messages that joined a conversation, per workspace. */
  private void index(List<Insert> inserts) {
    var terms = new LinkedHashMap<Long, Map<Long, Set<String>>>();
    for (var insert : inserts) {
      if (insert.conversationId() == null) {
        continue;
      }
      var m = insert.message();
      terms
          .computeIfAbsent(m.workspaceId(), w -> new HashMap<>())
          .computeIfAbsent(insert.conversationId(), c -> new HashSet<>())
          .addAll(
              SearchWords.ofMessage(
                  m.text(),
                  "inbound".equals(insert.direction()),
                  m.authorName(),
                  m.authorHandle()));
    }
    terms.forEach(search::add);
  }

  public Optional<Placement> find(long workspaceId, Network network, String externalId) {
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

  public int edit(long workspaceId, Network network, String externalId, String text, Instant at) {
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

  public int remove(long workspaceId, Network network, String externalId, String removal) {
    return jdbc.sql(
            "update message set removal = ? where workspace_id = ? and network = ? and"
                + " external_id = ?")
        .params(removal, workspaceId, network.wireName(), externalId)
        .update();
  }
}
