package io.purser.reply;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The saved_reply table: each brand's prepared answers. */
@Repository
class SavedReplies {

  private final JdbcClient jdbc;
  private final Clock clock;

  SavedReplies(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Stores a saved reply; empty when the brand has one of that name already. */
  Optional<Long> insert(long workspaceId, String name, String text) {
    var keys = new GeneratedKeyHolder();
    try {
      jdbc.sql("insert into saved_reply (workspace_id, name, text, created_at) values (?, ?, ?, ?)")
          .params(workspaceId, name, text, clock.instant().atOffset(ZoneOffset.UTC))
          .update(keys, "id");
    } catch (DuplicateKeyException taken) {
      return Optional.empty();
    }
    return Optional.of(keys.getKey().longValue());
  }

  /** Saved replies whose name or text contains the query (all when blank), by name. */
  List<SavedReply> search(long workspaceId, String query, int limit) {
    var like = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
    return jdbc.sql(
            "select id, name, text from saved_reply where workspace_id = ? and (lower(name) like ?"
                + " or lower(text) like ?) order by name fetch first ? rows only")
        .params(workspaceId, like, like, limit)
        .query((rs, row) -> new SavedReply(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  boolean delete(long workspaceId, long id) {
    return jdbc.sql("delete from saved_reply where workspace_id = ? and id = ?")
            .params(workspaceId, id)
            .update()
        == 1;
  }
}
