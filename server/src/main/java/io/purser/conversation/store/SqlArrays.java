package io.purser.conversation.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Helpers for set-based statements that H2 and PostgreSQL both run: a batch of keys bound as one
 * SQL array and joined with {@code unnest(?)}, so the lookup uses the full unique index on both
 * databases; and batch inserts that return the generated ids.
 */
final class SqlArrays {

  private SqlArrays() {}

  static Array varchars(PreparedStatement ps, Collection<String> values) throws SQLException {
    return ps.getConnection().createArrayOf("varchar", values.toArray());
  }

  static Array bigints(PreparedStatement ps, Collection<Long> values) throws SQLException {
    return ps.getConnection().createArrayOf("bigint", values.toArray());
  }

  /**
   * Runs an insert once for each row as one JDBC batch; returns the generated ids, in the order of
   * the rows.
   */
  static List<Long> insertAll(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    var keys = new GeneratedKeyHolder();
    jdbc.batchUpdate(
        con -> con.prepareStatement(sql, new String[] {"id"}),
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            var values = rows.get(i);
            for (int c = 0; c < values.length; c++) {
              ps.setObject(c + 1, values[c]);
            }
          }

          @Override
          public int getBatchSize() {
            return rows.size();
          }
        },
        keys);
    var ids = new ArrayList<Long>(keys.getKeyList().size());
    for (Map<String, Object> row : keys.getKeyList()) {
      ids.add(((Number) row.values().iterator().next()).longValue());
    }
    return ids;
  }
}
