package io.purser.conversation.annotation;

import static io.purser.Timestamps.instant;
import static io.purser.Timestamps.utc;

import io.purser.conversation.ConversationNote;
import io.purser.conversation.TriageCorrection;
import io.purser.conversation.TriageLabel;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What agents add to a conversation besides replies: internal notes (conversation_note), tags
 * (conversation_tag, stored as {@link io.purser.conversation.domain.Tags#normalise} has them), and
 * corrections of a message's triage (triage_correction), the brand's own training labels.
 */
@Repository
class AgentAnnotations {

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

  void correctTriage(
      long workspaceId, long messageId, TriageCorrection c, String correctedBy, Instant at) {
    jdbc.sql(
            "insert into triage_correction (workspace_id, message_id, intent, category,"
                + " needs_response, sentiment, corrected_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            workspaceId,
            messageId,
            c.intent(),
            c.category(),
            c.needsResponse(),
            c.sentiment(),
            correctedBy,
            utc(at))
        .update();
  }

  /** The latest correction of each corrected message, with its text. */
  List<TriageLabel> triageLabels(long workspaceId) {
    return jdbc.sql(
            "select m.text, c.sentiment, c.intent, c.category, c.needs_response"
                + " from triage_correction c join message m on m.id = c.message_id"
                + " where c.workspace_id = ? and c.id = (select max(c2.id) from triage_correction"
                + " c2 where c2.workspace_id = c.workspace_id and c2.message_id = c.message_id)"
                + " order by c.id")
        .param(workspaceId)
        .query(
            (rs, row) ->
                new TriageLabel(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, Boolean.class)))
        .list();
  }
}
