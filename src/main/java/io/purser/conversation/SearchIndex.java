package io.purser.conversation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The search_term table: for each conversation, each term once ({@link SearchWords}), written in
 * the transaction that puts a message in the conversation. Terms are only added: an edited message
 * adds its new words and keeps the old ones, so search may offer a conversation for a word that is
 * gone — the page then shows no matching message.
 */
@Repository
class SearchIndex {

  private final JdbcTemplate jdbc;

  SearchIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Makes the conversation findable by a message in it. */
  void message(
      long workspaceId,
      long conversationId,
      String text,
      boolean inbound,
      String authorName,
      String authorHandle) {
    add(
        workspaceId,
        conversationId,
        SearchWords.ofMessage(text, inbound, authorName, authorHandle));
  }

  /** Makes the conversation findable by a stored message that has just joined it. */
  void storedMessage(long workspaceId, long messageId) {
    jdbc.query(
        "select conversation_id, text, direction, author_name, author_handle from message where"
            + " workspace_id = ? and id = ? and conversation_id is not null",
        rs -> {
          message(
              workspaceId,
              rs.getLong(1),
              rs.getString(2),
              "inbound".equals(rs.getString(3)),
              rs.getString(4),
              rs.getString(5));
        },
        workspaceId,
        messageId);
  }

  /** Makes the conversations findable by a batch of messages just stored, in one JDBC batch. */
  void messages(long workspaceId, List<Messages.Insert> inserts) {
    var rows = new ArrayList<Object[]>();
    for (var insert : inserts) {
      if (insert.conversationId() == null) {
        continue;
      }
      var m = insert.message();
      for (var term :
          SearchWords.ofMessage(
              m.text(), "inbound".equals(insert.direction()), m.authorName(), m.authorHandle())) {
        rows.add(new Object[] {workspaceId, term, insert.conversationId()});
      }
    }
    write(rows);
  }

  void add(long workspaceId, long conversationId, Collection<String> terms) {
    var rows = new ArrayList<Object[]>(terms.size());
    for (var term : terms) {
      rows.add(new Object[] {workspaceId, term, conversationId});
    }
    write(rows);
  }

  private void write(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    // A term the conversation already has is skipped: the unique index keeps each once.
    jdbc.batchUpdate(
        "insert into search_term (workspace_id, term, conversation_id) values (?, ?, ?)"
            + " on conflict do nothing",
        rows);
  }
}
