package io.purser.sla.track;

import static io.purser.sla.track.TrackRows.COLUMNS;
import static io.purser.sla.track.TrackRows.utc;

import io.purser.sla.domain.SlaScope;
import io.purser.sla.domain.SlaTrack;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The conversation_sla table: one {@link SlaTrack} per conversation (see {@link TrackRows}), with
 * the scope it was started for and the instant the sweeper should look at it next.
 */
@Repository
class SlaTracks {

  /** A stored track with its scope. */
  record Stored(long conversationId, long workspaceId, SlaScope scope, SlaTrack track) {}

  /** A track to store, with when the sweeper should look at it next and what was stored before. */
  record Save(Stored stored, Instant nextChangeAt, Stored before) {}

  private static final String UPDATE =
      "update conversation_sla set "
          + String.join(" = ?, ", TrackRows.WRITTEN)
          + " = ? where workspace_id = ? and conversation_id = ?";

  private static final String INSERT =
      "insert into conversation_sla ("
          + String.join(", ", TrackRows.WRITTEN)
          + ", workspace_id, conversation_id) values (?"
          + ", ?".repeat(TrackRows.WRITTEN.size() + 1)
          + ")";

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;

  SlaTracks(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  /**
   * The tracks of these conversations, read by primary key only and checked for the workspace on
   * each row: with "workspace_id = ?" in the query, PostgreSQL without statistics combined the
   * primary key with the index that leads with the workspace and read all of its rows each time.
   */
  List<Stored> findAll(long workspaceId, Collection<Long> conversationIds) {
    var result = new ArrayList<Stored>();
    if (conversationIds.isEmpty()) {
      return result;
    }
    jdbcTemplate.query(
        "select " + COLUMNS + " from conversation_sla where conversation_id = any(?)",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", conversationIds.toArray())),
        (RowCallbackHandler)
            rs -> {
              var stored = TrackRows.stored(rs, 0);
              if (stored.workspaceId() == workspaceId) {
                result.add(stored);
              }
            });
    return result;
  }

  /** Rows whose next warning or breach is due, locked for this sweeper (others skip them). */
  List<Stored> claimDue(Instant now, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from conversation_sla where next_change_at <= ? order by next_change_at fetch"
                + " first ? rows only for update skip locked")
        .params(utc(now), limit)
        .query(TrackRows::stored)
        .list();
  }

  /** Conversations of a workspace whose SLA started in [from, to), oldest first. */
  List<Stored> startedBetween(long workspaceId, Instant from, Instant to, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from conversation_sla where workspace_id = ? and started_at >= ? and"
                + " started_at < ? order by started_at, conversation_id fetch first ? rows only")
        .params(workspaceId, utc(from), utc(to), limit)
        .query(TrackRows::stored)
        .list();
  }

  /**
   * Stores tracks with one JDBC batch for those that were stored before and one for the new ones (a
   * track stored meanwhile by someone else is updated instead).
   */
  void saveAll(Collection<Save> saves, Instant now) {
    var updates = new ArrayList<Object[]>();
    var inserts = new ArrayList<Object[]>();
    for (var save : saves) {
      (save.before() == null ? inserts : updates)
          .add(TrackRows.values(save.stored(), save.nextChangeAt(), now));
    }
    if (!updates.isEmpty()) {
      int[] counts = jdbcTemplate.batchUpdate(UPDATE, updates, TrackRows.TYPES);
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == 0) {
          inserts.add(updates.get(i));
        }
      }
    }
    if (!inserts.isEmpty()) {
      jdbcTemplate.batchUpdate(INSERT, inserts, TrackRows.TYPES);
    }
  }

  void setNextChange(long conversationId, Instant nextChangeAt) {
    jdbc.sql("update conversation_sla set next_change_at = ? where conversation_id = ?")
        .params(utc(nextChangeAt), conversationId)
        .update();
  }
}
