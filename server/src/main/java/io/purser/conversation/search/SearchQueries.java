package io.purser.conversation.search;

import io.purser.conversation.SearchWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

  /** A query word stands for at most this many indexed words that begin with it. */
  static final int MOST_FORMS = 32;

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
    return conversations(workspaceId, List.of(List.of(term)), limit).stream()
        .map(id -> new Match(id, null, null))
        .toList();
  }

  /**
   * Conversations with every word of the query, in their messages or their customer's name, each
   * word standing for the indexed words it begins after its simple stem ({@link SearchWords#stem}:
   * {@code delayed} finds {@code delay}, {@code delays}, {@code delaying}); each with its newest
   * message that has them all, when one has.
   */
  public List<Match> byWords(long workspaceId, String query, int limit) {
    var stems =
        SearchWords.of(query).stream().limit(MOST_WORDS).map(SearchWords::stem).distinct().toList();
    if (stems.isEmpty()) {
      return List.of();
    }
    var forms = new ArrayList<List<String>>();
    for (var stem : stems) {
      var found = forms(workspaceId, stem);
      if (found.isEmpty()) {
        return List.of();
      }
      forms.add(found);
    }
    var ids = conversations(workspaceId, forms, limit);
    var messages = newestWithAll(workspaceId, ids, stems);
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

  /**
   * The indexed words a stem stands for: itself when it is short, else the first {@link
   * #MOST_FORMS} words that begin with it, each found by one step along the index.
   */
  private List<String> forms(long workspaceId, String stem) {
    if (stem.length() < SearchWords.SHORTEST_PREFIX) {
      return count(workspaceId, stem) == 0 ? List.of() : List.of(stem);
    }
    var forms = new ArrayList<String>();
    var next = next(workspaceId, stem, true);
    while (next != null && next.startsWith(stem) && forms.size() < MOST_FORMS) {
      forms.add(next);
      next = next(workspaceId, next, false);
    }
    return forms;
  }

  /** The first indexed word from {@code from} on (after it when not {@code inclusive}). */
  private String next(long workspaceId, String from, boolean inclusive) {
    return jdbc.sql(
            "select term from search_term where workspace_id = ? and term "
                + (inclusive ? ">=" : ">")
                + " ? order by workspace_id, term fetch first 1 rows only")
        .params(workspaceId, from)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /**
   * The conversations that have, for each word of the query, one of its forms; newest first. The
   * rarest word leads: each of its forms walks the index newest first, checking the other words
   * conversation by conversation, and stops at the limit; the walks are merged.
   */
  private List<Long> conversations(long workspaceId, List<List<String>> forms, int limit) {
    var rarestFirst = forms;
    if (forms.size() > 1) {
      var counts = new HashMap<List<String>, Integer>();
      forms.forEach(f -> counts.put(f, count(workspaceId, f)));
      rarestFirst = forms.stream().sorted(Comparator.comparing(counts::get)).toList();
    }
    var others = rarestFirst.subList(1, rarestFirst.size());
    var found = new TreeSet<Long>(Comparator.reverseOrder());
    for (var lead : rarestFirst.get(0)) {
      found.addAll(conversations(workspaceId, lead, others, limit));
    }
    return found.stream().limit(limit).toList();
  }

  private List<Long> conversations(
      long workspaceId, String lead, List<List<String>> others, int limit) {
    var sql =
        new StringBuilder(
            "select d.conversation_id from search_term d where d.workspace_id = :ws and d.term ="
                + " :lead");
    var terms = new LinkedHashMap<String, String>();
    for (var word : others) {
      sql.append(" and (");
      for (int j = 0; j < word.size(); j++) {
        var p = "p" + terms.size();
        terms.put(p, word.get(j));
        sql.append(j == 0 ? "" : " or ")
            .append("exists (select 1 from search_term ")
            .append(p)
            .append(" where ")
            .append(p)
            .append(".workspace_id = :ws and ")
            .append(p)
            .append(".term = :")
            .append(p)
            .append(" and ")
            .append(p)
            .append(".conversation_id = d.conversation_id)");
      }
      sql.append(")");
    }
    // Ordered as the index is, so that H2 walks it newest first and stops at the limit.
    sql.append(
        " order by d.workspace_id, d.term, d.conversation_id desc fetch first :limit rows only");
    var statement =
        jdbc.sql(sql.toString()).param("ws", workspaceId).param("lead", lead).param("limit", limit);
    for (var term : terms.entrySet()) {
      statement = statement.param(term.getKey(), term.getValue());
    }
    return statement.query(Long.class).list();
  }

  /** The conversations of a word's forms, counted up to {@link #ENOUGH} in all. */
  private int count(long workspaceId, List<String> forms) {
    int total = 0;
    for (var form : forms) {
      total += count(workspaceId, form);
      if (total >= ENOUGH) {
        return ENOUGH;
      }
    }
    return total;
  }

  private int count(long workspaceId, String term) {
    return jdbc.sql(
            "select count(*) from (select 1 from search_term where workspace_id = ? and term = ?"
                + " fetch first ? rows only) t")
        .params(workspaceId, term, ENOUGH)
        .query(Integer.class)
        .single();
  }

  /** For each conversation, its newest message whose text has a form of every word. */
  private Map<Long, Match> newestWithAll(long workspaceId, List<Long> ids, List<String> stems) {
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
      if (!found.containsKey(row.conversationId()) && hasAll(row.text(), stems)) {
        found.put(row.conversationId(), row);
      }
    }
    return found;
  }

  private static boolean hasAll(String text, List<String> stems) {
    var words = SearchWords.of(text);
    return stems.stream()
        .allMatch(stem -> words.stream().anyMatch(word -> SearchWords.matches(word, stem)));
  }
}
