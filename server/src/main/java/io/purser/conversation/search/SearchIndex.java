package io.purser.conversation.search;

import io.purser.AfterCommit;
import io.purser.conversation.SearchWords;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The search_term table: for each conversation, each term once ({@link SearchWords}), written in
 * the transaction that puts a message in the conversation. Terms are only added: an edited message
 * adds its new words and keeps the old ones, so search may offer a conversation for a word that is
 * gone — the page then shows no matching message.
 *
 * <p>A batch's terms are written once each, and a term this node has already committed for the
 * conversation is not written again ({@link WrittenTerms}).
 */
@Repository
public class SearchIndex {

  private final JdbcTemplate jdbc;
  private final WrittenTerms written = new WrittenTerms();

  SearchIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Makes the conversation findable by a message in it. */
  public void message(
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
  public void storedMessage(long workspaceId, long messageId) {
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

  public void add(long workspaceId, long conversationId, Collection<String> terms) {
    add(workspaceId, Map.of(conversationId, terms));
  }

  /**
   * Makes conversations findable by these terms, in one JDBC batch: inserts the terms not yet known
   * to be there ({@link WrittenTerms}), in the index's order, and remembers them once the
   * transaction has committed.
   */
  public void add(long workspaceId, Map<Long, ? extends Collection<String>> terms) {
    record Row(String term, long conversationId) {}
    var rows = new ArrayList<Row>();
    terms.forEach(
        (conversationId, words) -> {
          for (var term : words) {
            if (!written.contains(conversationId, term)) {
              rows.add(new Row(term, conversationId));
            }
          }
        });
    if (rows.isEmpty()) {
      return;
    }
    // In the unique index's order: neighbouring rows land on the same index pages.
    rows.sort(
        Comparator.comparing(Row::term)
            .thenComparing(Comparator.comparingLong(Row::conversationId).reversed()));
    // A term the conversation already has is skipped: the unique index keeps each once.
    jdbc.batchUpdate(
        "insert into search_term (workspace_id, term, conversation_id) values (?, ?, ?)"
            + " on conflict do nothing",
        rows.stream().map(r -> new Object[] {workspaceId, r.term(), r.conversationId()}).toList());
    AfterCommit.run(() -> terms.forEach(written::add));
  }
}
