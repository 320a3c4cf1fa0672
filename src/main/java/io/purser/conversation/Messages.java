package io.purser.conversation;

import static io.purser.conversation.ConversationStore.instant;
import static io.purser.conversation.ConversationStore.utc;

import io.purser.workspace.Network;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  private final SearchIndex search;

  Messages(JdbcClient jdbc, SearchIndex search) {
    this.jdbc = jdbc;
    this.search = search;
  }

  /** Which of these network ids are stored already: one query for a whole batch. */
  Set<String> storedExternalIds(long workspaceId, Network network, Collection<String> externalIds) {
    if (externalIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                "select external_id from message where workspace_id = :ws and network = :network"
                    + " and external_id in (:ids)")
            .param("ws", workspaceId)
            .param("network", network.wireName())
            .param("ids", externalIds)
            .query(String.class)
            .list());
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

  long insert(NewMessage m, Long conversationId, String direction) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into message (workspace_id, conversation_id, channel_account_id, network,"
                + " external_id, kind, direction, visibility, author_external_id, author_handle,"
                + " author_name, recipient_external_id, text, attachments,"
                + " in_reply_to_external_id, thread_external_id, created_at, received_at, triage)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
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
            m.triageJson())
        .update(keys, "id");
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
