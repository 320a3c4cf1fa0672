package io.purser.conversation.store;

import static io.purser.conversation.store.Timestamps.instant;

import io.purser.conversation.MessageView;
import io.purser.workspace.Network;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages as the API and the console show them. Every statement is scoped by workspace. */
@Repository
public class MessageViews {

  private static final String VIEW =
      "select id, conversation_id, external_id, network, kind, direction, visibility,"
          + " author_external_id, author_handle, author_name, recipient_external_id, text,"
          + " attachments,"
          + " in_reply_to_external_id, thread_external_id, created_at, received_at,"
          + " delivery_status, delivery_error, removal, edited_at, triage from message";

  private final JdbcClient jdbc;

  MessageViews(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<MessageView> ofConversation(long workspaceId, long conversationId) {
    return jdbc.sql(
            VIEW + " where workspace_id = ? and conversation_id = ? order by created_at, id")
        .params(workspaceId, conversationId)
        .query(MessageViews::view)
        .list();
  }

  public List<MessageView> byExternalId(long workspaceId, Network network, String externalId) {
    return jdbc.sql(VIEW + " where workspace_id = ? and network = ? and external_id = ?")
        .params(workspaceId, network.wireName(), externalId)
        .query(MessageViews::view)
        .list();
  }

  public Optional<MessageView> view(long workspaceId, long messageId) {
    return jdbc.sql(VIEW + " where workspace_id = ? and id = ?")
        .params(workspaceId, messageId)
        .query(MessageViews::view)
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
