package io.purser.conversation;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries behind conversation search. On PostgreSQL words are found through the full-text
 * indexes of V7_1 ({@code to_tsvector('simple', …)}: no stemming, so codes match exactly); H2 has
 * no such index and scans messages newest first, stopping at the first page of matches.
 */
@Repository
class SearchQueries {

  /** A conversation that matched, with the newest matching message when a message matched. */
  record Match(long conversationId, Long messageId, String text) {}

  private final JdbcClient jdbc;
  private final boolean postgres;

  SearchQueries(JdbcClient jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    try (var connection = dataSource.getConnection()) {
      this.postgres =
          connection
              .getMetaData()
              .getDatabaseProductName()
              .toLowerCase(Locale.ROOT)
              .contains("postgres");
    }
  }

  List<Match> byTag(long workspaceId, String tag, int limit) {
    return jdbc.sql(
            "select conversation_id from conversation_tag where workspace_id = ? and tag = ? order"
                + " by conversation_id desc fetch first ? rows only")
        .params(workspaceId, tag, limit)
        .query((rs, row) -> new Match(rs.getLong(1), null, null))
        .list();
  }

  List<Match> byHandle(long workspaceId, String handle, int limit) {
    return jdbc.sql(
            "select c.id from contact_identity i join conversation c on c.contact_id = i.contact_id"
                + " where i.workspace_id = ? and lower(i.handle) = ? order by c.id desc fetch first"
                + " ? rows only")
        .params(workspaceId, handle, limit)
        .query((rs, row) -> new Match(rs.getLong(1), null, null))
        .list();
  }

  /** Customers whose name matches, then conversations with a message that does. */
  List<Match> byWords(long workspaceId, String words, int limit) {
    var found = new LinkedHashMap<Long, Match>();
    for (var match : byName(workspaceId, words, limit)) {
      found.putIfAbsent(match.conversationId(), match);
    }
    for (var match : byMessage(workspaceId, words, limit)) {
      if (found.size() >= limit) {
        break;
      }
      found.putIfAbsent(match.conversationId(), match);
    }
    return new ArrayList<>(found.values());
  }

  private List<Match> byName(long workspaceId, String words, int limit) {
    var where =
        postgres
            ? "to_tsvector('simple', k.display_name) @@ plainto_tsquery('simple', :q)"
            : "lower(k.display_name) like :like";
    return jdbc.sql(
            "select c.id from contact k join conversation c on c.contact_id = k.id where"
                + " k.workspace_id = :ws and "
                + where
                + " order by c.id desc fetch first :limit rows only")
        .param("ws", workspaceId)
        .param(postgres ? "q" : "like", postgres ? words : like(words))
        .param("limit", limit)
        .query((rs, row) -> new Match(rs.getLong(1), null, null))
        .list();
  }

  private List<Match> byMessage(long workspaceId, String words, int limit) {
    var where =
        postgres
            ? "to_tsvector('simple', m.text) @@ plainto_tsquery('simple', :q)"
            : "lower(m.text) like :like";
    // Several messages of one conversation may match: ask for more, keep the newest of each.
    var rows =
        jdbc.sql(
                "select m.conversation_id, m.id, m.text from message m where m.workspace_id = :ws"
                    + " and m.conversation_id is not null and "
                    + where
                    + " order by m.id desc fetch first :limit rows only")
            .param("ws", workspaceId)
            .param(postgres ? "q" : "like", postgres ? words : like(words))
            .param("limit", limit * 4)
            .query((rs, row) -> new Match(rs.getLong(1), rs.getLong(2), rs.getString(3)))
            .list();
    var newest = new LinkedHashMap<Long, Match>();
    rows.forEach(match -> newest.putIfAbsent(match.conversationId(), match));
    return new ArrayList<>(newest.values());
  }

  private static String like(String words) {
    var escaped =
        words
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
