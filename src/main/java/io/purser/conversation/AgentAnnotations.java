package io.purser.conversation;

import static io.purser.conversation.ConversationStore.instant;
import static io.purser.conversation.ConversationStore.utc;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What agents add to a conversation besides replies: internal notes (conversation_note) and tags
 * (conversation_tag). Tags are stored lower-case, so "Refund" and "refund" are one tag.
 */
@Repository
class AgentAnnotations {

  static final int LONGEST_TAG = 64;

  private final JdbcClient jdbc;

  AgentAnnotations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void addNote(
      long workspaceId, long conversationId, Long userId, String author, String text, Instant at) {
    jdbc.sql(
            "insert into conversation_note (workspace_id, conversation_id, author_user_id,"
                + " author_name, text, created_at) values (?, ?, ?, ?, ?, ?)")
        .params(workspaceId, conversationId, userId, author, text, utc(at))
        .update();
  }

  List<ConversationNote> notes(long workspaceId, long conversationId) {
    return jdbc.sql(
            "select id, conversation_id, author_user_id, author_name, text, created_at from"
                + " conversation_note where workspace_id = ? and conversation_id = ? order by id")
        .params(workspaceId, conversationId)
        .query(
            (rs, row) ->
                new ConversationNote(
                    rs.getLong("id"),
                    rs.getLong("conversation_id"),
                    rs.getObject("author_user_id", Long.class),
                    rs.getString("author_name"),
                    rs.getString("text"),
                    instant(rs, "created_at")))
        .list();
  }

  /** Adds a tag; false when the conversation had it already. */
  boolean tag(long workspaceId, long conversationId, String tag, Instant at) {
    return jdbc.sql(
                "insert into conversation_tag (workspace_id, conversation_id, tag, created_at)"
                    + " select ?, ?, ?, ? where not exists (select 1 from conversation_tag where"
                    + " conversation_id = ? and tag = ?)")
            .params(workspaceId, conversationId, tag, utc(at), conversationId, tag)
            .update()
        == 1;
  }

  boolean untag(long workspaceId, long conversationId, String tag) {
    return jdbc.sql(
                "delete from conversation_tag where workspace_id = ? and conversation_id = ? and"
                    + " tag = ?")
            .params(workspaceId, conversationId, tag)
            .update()
        == 1;
  }

  List<String> tags(long workspaceId, long conversationId) {
    return jdbc.sql(
            "select tag from conversation_tag where workspace_id = ? and conversation_id = ?"
                + " order by tag")
        .params(workspaceId, conversationId)
        .query(String.class)
        .list();
  }

  /** A tag as stored: trimmed, lower-case, inner spaces as dashes; null when nothing is left. */
  static String normalise(String tag) {
    if (tag == null) {
      return null;
    }
    var cleaned = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    if (cleaned.startsWith("#")) {
      cleaned = cleaned.substring(1);
    }
    if (cleaned.isEmpty()) {
      return null;
    }
    // Cut in UTF-16 units, not splitting a pair: H2 counts units where PostgreSQL counts
    // characters, so 64 emoji (128 units) would not fit H2's varchar(64).
    if (cleaned.length() <= LONGEST_TAG) {
      return cleaned;
    }
    int end =
        Character.isHighSurrogate(cleaned.charAt(LONGEST_TAG - 1)) ? LONGEST_TAG - 1 : LONGEST_TAG;
    return cleaned.substring(0, end);
  }
}
