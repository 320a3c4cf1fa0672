package io.purser.ingest;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The pipeline's view of the inbox_event table: claim, finish, fail. */
@Repository
class InboxRows {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  InboxRows(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Claims the oldest pending deliveries of worker {@code worker} of {@code workers} (those whose
   * partition key modulo {@code workers} is {@code worker}) for this transaction. SKIP LOCKED lets
   * several nodes share the inbox without taking the same delivery twice.
   */
  List<StoredDelivery> claim(int limit, int worker, int workers) {
    record Claimed(long id, String source, int attempts) {}
    // Locks only the narrow status rows; the bodies (written once, never locked) are read next.
    var claimed =
        jdbc.query(
            "select id, source, attempts from inbox_event where status = 'pending'"
                + " and mod(partition_key, ?) = ?"
                + " order by id fetch first ? rows only for update skip locked",
            (rs, row) ->
                new Claimed(rs.getLong("id"), rs.getString("source"), rs.getInt("attempts")),
            workers,
            worker,
            limit);
    if (claimed.isEmpty()) {
      return List.of();
    }
    var bodies = new HashMap<Long, byte[]>(claimed.size() * 2);
    jdbc.query(
        "select b.inbox_event_id, b.body from unnest(?) as t(i) join inbox_body b on"
            + " b.inbox_event_id = t.i",
        ps ->
            ps.setArray(
                1,
                ps.getConnection()
                    .createArrayOf("bigint", claimed.stream().map(Claimed::id).toArray())),
        (RowCallbackHandler) rs -> bodies.put(rs.getLong(1), rs.getBytes(2)));
    return claimed.stream()
        .map(c -> new StoredDelivery(c.id(), c.source(), bodies.get(c.id()), c.attempts()))
        .toList();
  }

  /**
   * Marks the batch's deliveries done in one statement (their rows are already locked by the
   * claim), not a JDBC batch that PostgreSQL runs as one statement per row.
   */
  void markDone(List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    jdbc.update(
        "update inbox_event set status = 'done', processed_at = ? where id = any(?)",
        ps -> {
          ps.setObject(1, now);
          ps.setArray(2, ps.getConnection().createArrayOf("bigint", ids.toArray()));
        });
  }

  /** Records a failed attempt; after the last allowed one the delivery is parked as failed. */
  void recordFailure(long id, String error, boolean giveUp) {
    jdbc.update(
        "update inbox_event set attempts = attempts + 1, last_error = ?, status = ?,"
            + " processed_at = ? where id = ?",
        truncate(error),
        giveUp ? "failed" : "pending",
        giveUp ? clock.instant().atOffset(ZoneOffset.UTC) : null,
        id);
  }

  void requeue(List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.update(
        "update inbox_event set status = 'pending' where id = any(?) and status = 'done'",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())));
  }

  Map<String, Long> countByStatus() {
    var counts = new java.util.TreeMap<String, Long>();
    jdbc.query(
        "select status, count(*) from inbox_event group by status",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return counts;
  }

  private static String truncate(String error) {
    if (error == null) {
      return "unknown error";
    }
    return error.length() > 2000 ? error.substring(0, 2000) : error;
  }
}
