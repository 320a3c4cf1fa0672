package io.purser.conversation.store;

import static io.purser.conversation.store.Timestamps.instant;
import static io.purser.conversation.store.Timestamps.utc;

import io.purser.conversation.ConversationSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conversations as lists and the API show them. Every statement is scoped by workspace. */
@Repository
public class ConversationSummaries {

  private static final String SUMMARY =
      "select c.id, c.status, c.contact_id, k.display_name, c.channel_account_id, c.opened_at,"
          + " c.last_message_at, c.last_inbound_at, c.last_inbound_private_at,"
          + " c.first_response_at, c.resolved_at, c.message_count, c.preview"
          + " from conversation c join contact k on k.id = c.contact_id";

  private final JdbcClient jdbc;

  ConversationSummaries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ConversationSummary> summary(long workspaceId, long conversationId) {
    return jdbc.sql(SUMMARY + " where c.workspace_id = ? and c.id = ?")
        .params(workspaceId, conversationId)
        .query(ConversationSummaries::summary)
        .optional();
  }

  public Map<Long, ConversationSummary> summaries(long workspaceId, Collection<Long> ids) {
    var found = new LinkedHashMap<Long, ConversationSummary>();
    if (ids.isEmpty()) {
      return found;
    }
    jdbc.sql(SUMMARY + " where c.workspace_id = :ws and c.id in (:ids)")
        .param("ws", workspaceId)
        .param("ids", ids)
        .query(ConversationSummaries::summary)
        .list()
        .forEach(summary -> found.put(summary.id(), summary));
    return found;
  }

  /** The contact's other conversations, most recent activity first. */
  public List<ConversationSummary> ofContact(
      long workspaceId, long contactId, long exceptConversationId, int limit) {
    return jdbc.sql(
            SUMMARY
                + " where c.workspace_id = ? and c.contact_id = ? and c.id <> ?"
                + " order by c.last_message_at desc, c.id desc fetch first ? rows only")
        .params(workspaceId, contactId, exceptConversationId, limit)
        .query(ConversationSummaries::summary)
        .list();
  }

  /** A page of conversations, most recent activity first, after the cursor position. */
  public List<ConversationSummary> page(
      long workspaceId, List<String> statuses, Instant beforeAt, long beforeId, int limit) {
    var sql = new StringBuilder(SUMMARY).append(" where c.workspace_id = :ws");
    if (!statuses.isEmpty()) {
      sql.append(" and c.status in (:statuses)");
    }
    if (beforeAt != null) {
      sql.append(" and (c.last_message_at < :at or (c.last_message_at = :at and c.id < :id))");
    }
    sql.append(" order by c.last_message_at desc, c.id desc fetch first :limit rows only");
    var statement = jdbc.sql(sql.toString()).param("ws", workspaceId).param("limit", limit);
    if (!statuses.isEmpty()) {
      statement = statement.param("statuses", statuses);
    }
    if (beforeAt != null) {
      statement = statement.param("at", utc(beforeAt)).param("id", beforeId);
    }
    return statement.query(ConversationSummaries::summary).list();
  }

  private static ConversationSummary summary(ResultSet rs, int row) throws SQLException {
    return new ConversationSummary(
        rs.getLong("id"),
        rs.getString("status"),
        rs.getLong("contact_id"),
        rs.getString("display_name"),
        rs.getObject("channel_account_id", Long.class),
        instant(rs, "opened_at"),
        instant(rs, "last_message_at"),
        instant(rs, "last_inbound_at"),
        instant(rs, "last_inbound_private_at"),
        instant(rs, "first_response_at"),
        instant(rs, "resolved_at"),
        rs.getInt("message_count"),
        rs.getString("preview"));
  }
}
