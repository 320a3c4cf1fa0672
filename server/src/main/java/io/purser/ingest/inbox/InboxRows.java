package io.purser.ingest.inbox;

import io.purser.ingest.InboundDelivery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The inbox's tables: store, claim, finish, fail. */
@Repository
class InboxRows {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  InboxRows(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Inserts deliveries as pending, each in its partition, and returns their ids in the same order.
   * The status row and the body apart (see V8_1): claiming and finishing a delivery rewrite only
   * its narrow status row.
   */
  List<Long> insert(List<InboundDelivery> deliveries, List<Integer> partitions) {
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    var keys = new GeneratedKeyHolder();
    jdbc.batchUpdate(
        con ->
            con.prepareStatement(
                "insert into inbox_event (source, partition_key, received_at, status)"
                    + " values (?, ?, ?, 'pending')",
                new String[] {"id"}),
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            ps.setString(1, deliveries.get(i).source());
            ps.setInt(2, partitions.get(i));
            ps.setObject(3, now);
          }

          @Override
          public int getBatchSize() {
            return deliveries.size();
          }
        },
        keys);
    var ids = new ArrayList<Long>(deliveries.size());
    var bodies = new ArrayList<Object[]>(deliveries.size());
    for (var key : keys.getKeyList()) {
      var id = ((Number) key.values().iterator().next()).longValue();
      bodies.add(new Object[] {id, deliveries.get(ids.size()).body()});
      ids.add(id);
    }
    jdbc.batchUpdate("insert into inbox_body (inbox_event_id, body) values (?, ?)", bodies);
    return ids;
  }

  /** Whether the database answers; throws when it does not. */
  void ping() {
    jdbc.queryForObject("select 1", Integer.class);
  }

  /**
   * Claims the oldest pending deliveries of worker {@code worker} of {@code workers} (those whose
   * partition key modulo {@code workers} is {@code worker}) for this transaction.
   *
   * <p>The worker first locks its partitions that have pending deliveries, skipping those another
   * node's worker holds, then takes the oldest pending deliveries of the partitions it holds. The
   * lock is on the partition, not on each delivery: skipping a locked delivery would let a second
   * node process a customer's next message before the one locked in the middle of its burst.
   */
  List<StoredDelivery> claim(int limit, int worker, int workers) {
    record Claimed(long id, String source, int attempts, int partition) {}
    var partitions =
        jdbc.queryForList(
            "select p.partition_key from inbox_partition p where mod(p.partition_key, ?) = ?"
                + " and exists (select 1 from inbox_event e where e.status = 'pending'"
                + " and e.partition_key = p.partition_key)"
                + " order by p.partition_key for update skip locked",
            Integer.class,
            workers,
            worker);
    if (partitions.isEmpty()) {
      return List.of();
    }
    // The status rows need no lock of their own: only the holder of a partition takes its rows.
    var claimed =
        jdbc.query(
            "select id, source, attempts, partition_key from inbox_event where status = 'pending'"
                + " and partition_key = any(?) order by id fetch first ? rows only",
            ps -> {
              ps.setArray(1, ps.getConnection().createArrayOf("integer", partitions.toArray()));
              ps.setInt(2, limit);
            },
            (rs, row) ->
                new Claimed(
                    rs.getLong("id"),
                    rs.getString("source"),
                    rs.getInt("attempts"),
                    rs.getInt("partition_key")));
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
        .map(
            c ->
                new StoredDelivery(
                    c.id(), c.source(), bodies.get(c.id()), c.attempts(), c.partition()))
        .toList();
  }

  /**
   * Marks the batch's deliveries done in one statement (their partitions are held by the claim),
   * not a JDBC batch that PostgreSQL runs as one statement per row.
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
