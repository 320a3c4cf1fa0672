package io.purser.conversation.search;

import io.purser.conversation.SearchWords;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries behind conversation search, the same on H2 and PostgreSQL: tags from
 * conversation_tag, handles and words from search_term ({@link SearchIndex}), newest conversation
 * first. A query of several words starts from its rarest word (counted up to {@link #ENOUGH}) and
 * checks the others conversation by conversation on the same index, so its cost follows the rarest
 * word and the page size, not the number of messages.
 */
@Repository
public class SearchQueries {

  /** Counting a word's conversations stops here: past it, the word is simply common. */
  static final int ENOUGH = 1_000;

  /** Words of a query past this many are ignored. */
  static final int MOST_WORDS = 8;

  /** A conversation that matched, with the newest matching message when a message matched. */
  public record Match(long conversationId, Long messageId, String text) {}

  private final JdbcClient jdbc;

  SearchQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Match> byTag(long workspaceId, String tag, int limit) {
    return jdbc.sql(
            "select conversation_id from conversation_tag where workspace_id = ? and tag = ? order"
                + " by conversation_id desc fetch first ? rows only")
        .params(workspaceId, tag, limit)
        .query((rs, row) -> new Match(rs.getLong(1), null, null))
        .list();
  }

  /** Conversations in which the customer wrote under this handle (without the {@code @}). */
  public List<Match> byHandle(long workspaceId, String handle, int limit) {
    var term = SearchWords.handle(handle);
    if (term == null) {
      return List.of();
    }
    return conversations(workspaceId, List.of(term), limit).stream()
        .map(id -> new Match(id, null, null))
        .toList();
  }

  /**
   * Conversations with every word of the query, in their messages or their customer's name; each
   * with its newest message that has them all, when one has.
   */
  public List<Match> byWords(long workspaceId, String query, int limit) {
    var words = SearchWords.of(query).stream().limit(MOST_WORDS).toList();
    if (words.isEmpty()) {
      return List.of();
    }
    var ids = conversations(workspaceId, words, limit);
    var messages = newestWithAll(workspaceId, ids, Set.copyOf(words));
    return ids.stream()
        .map(
            id -> {
              var message = messages.get(id);
              return message == null
                  ? new Match(id, null, null)
                  : new Match(id, message.messageId(), message.text());
            })
        .toList();
  }

  /** The conversations that have every term, newest first. */
  private List<Long> conversations(long workspaceId, List<String> terms, int limit) {
    var counts = new HashMap<String, Integer>();
    for (var term : terms) {
      int count = count(workspaceId, term);
      if (count == 0) {
        return List.of();
      }
      counts.put(term, count);
    }
    var rarestFirst = terms.stream().sorted(Comparator.comparing(counts::get)).toList();
    var sql =
        new StringBuilder(
            "select d.conversation_id from search_term d where d.workspace_id = :ws and d.term ="
                + " :t0");
    for (int i = 1; i < rarestFirst.size(); i++) {
      var p = "p" + i;
      sql.append(" and exists (select 1 from search_term ")
          .append(p)
          .append(" where ")
          .append(p)
          .append(".workspace_id = :ws and ")
          .append(p)
          .append(".term = :t")
          .append(i)
          .append(" and ")
          .append(p)
          .append(".conversation_id = d.conversation_id)");
    }
    // Ordered as the index is, so that H2 walks it newest first and stops at the limit.
    sql.append(
        " order by d.workspace_id, d.term, d.conversation_id desc fetch first :limit rows only");
    var statement = jdbc.sql(sql.toString()).param("ws", workspaceId).param("limit", limit);
    for (int i = 0; i < rarestFirst.size(); i++) {
      statement = statement.param("t" + i, rarestFirst.get(i));
    }
    return statement.query(Long.class).list();
  }

  private int count(long workspaceId, String term) {
    return jdbc.sql(
            "select count(*) from (select 1 from search_term where workspace_id = ? and term = ?"
                + " fetch first ? rows only) t")
        .params(workspaceId, term, ENOUGH)
        .query(Integer.class)
        .single();
  }

  /** For each conversation, its newest message whose text has every word. */
  private Map<Long, Match> newestWithAll(long workspaceId, List<Long> ids, Set<String> words) {
    var found = new LinkedHashMap<Long, Match>();
    if (ids.isEmpty()) {
      return found;
    }
    var rows =
        jdbc.sql(
                "select conversation_id, id, text from message where workspace_id = :ws and"
                    + " conversation_id in (:ids) order by id desc")
            .param("ws", workspaceId)
            .param("ids", ids)
            .query((rs, row) -> new Match(rs.getLong(1), rs.getLong(2), rs.getString(3)))
            .list();
    for (var row : rows) {
      if (!found.containsKey(row.conversationId())
          && SearchWords.of(row.text()).containsAll(words)) {
        found.put(row.conversationId(), row);
      }
    }
    return found;
  }
}
