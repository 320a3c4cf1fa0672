package io.purser.conversation.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Helpers for set-based statements that H2 and PostgreSQL both run: a batch of keys bound as one
 * SQL array and joined with {@code unnest(?)}, so the lookup uses the full unique index on both
 * databases; and the generated ids of a JDBC batch insert.
 */
final class SqlArrays {

  private SqlArrays() {}

  static Array varchars(PreparedStatement ps, Collection<String> values) throws SQLException {
    return ps.getConnection().createArrayOf("varchar", values.toArray());
  }

  static Array bigints(PreparedStatement ps, Collection<Long> values) throws SQLException {
    return ps.getConnection().createArrayOf("bigint", values.toArray());
  }

  /** The generated ids of a batch insert, in the order of its rows. */
  static List<Long> ids(KeyHolder keys) {
    var ids = new ArrayList<Long>(keys.getKeyList().size());
    for (Map<String, Object> row : keys.getKeyList()) {
      ids.add(((Number) row.values().iterator().next()).longValue());
    }
    return ids;
  }
}
