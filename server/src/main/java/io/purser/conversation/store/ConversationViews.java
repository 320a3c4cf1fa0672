package io.purser.conversation.store;

import static io.purser.Timestamps.instant;
import static io.purser.Timestamps.utc;

import io.purser.conversation.ConversationSummary;
import io.purser.conversation.MessageView;
import io.purser.workspace.Network;
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

/**
 * Conversations and messages as lists, the API and the console show them. Every statement is scoped
 * by workspace.
 */
@Repository
public class ConversationViews {

  private static final String SUMMARY =
      "select c.id, c.status, c.contact_id, k.display_name, c.channel_account_id, c.opened_at,"
          + " c.last_message_at, c.last_inbound_at, c.last_inbound_private_at,"
          + " c.first_response_at, c.resolved_at, c.message_count, c.preview"
          + " from conversation c join contact k on k.id = c.contact_id";

  private static final String VIEW =
      "select id, conversation_id, external_id, network, kind, direction, visibility,"
          + " author_external_id, author_handle, author_name, recipient_external_id, text,"
          + " attachments,"
          + " in_reply_to_external_id, thread_external_id, created_at, received_at,"
          + " delivery_status, delivery_error, removal, edited_at, triage from message";

  private final JdbcClient jdbc;

  ConversationViews(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ConversationSummary> summary(long workspaceId, long conversationId) {
    return jdbc.sql(SUMMARY + " where c.workspace_id = ? and c.id = ?")
        .params(workspaceId, conversationId)
        .query(ConversationViews::summary)
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
        .query(ConversationViews::summary)
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
        .query(ConversationViews::summary)
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
    return statement.query(ConversationViews::summary).list();
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

  public List<MessageView> ofConversation(long workspaceId, long conversationId) {
    return jdbc.sql(
            VIEW + " where workspace_id = ? and conversation_id = ? order by created_at, id")
        .params(workspaceId, conversationId)
        .query(ConversationViews::view)
        .list();
  }

  public List<MessageView> byExternalId(long workspaceId, Network network, String externalId) {
    return jdbc.sql(VIEW + " where workspace_id = ? and network = ? and external_id = ?")
        .params(workspaceId, network.wireName(), externalId)
        .query(ConversationViews::view)
        .list();
  }

  public Optional<MessageView> view(long workspaceId, long messageId) {
    return jdbc.sql(VIEW + " where workspace_id = ? and id = ?")
        .params(workspaceId, messageId)
        .query(ConversationViews::view)
        .optional();
  }

  private static MessageView view(ResultSet rs, int row) throws SQLException {
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
}
