package io.purser.sla;

import io.purser.sla.domain.FirstResponseClock;
import io.purser.sla.domain.NextResponseClock;
import io.purser.sla.domain.ResolutionClock;
import io.purser.sla.domain.SlaScope;
import io.purser.sla.domain.SlaTargets;
import io.purser.sla.domain.SlaTrack;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The conversation_sla table: one {@link SlaTrack} per conversation, each field in its own column
 * (durations in milliseconds), with the scope it was started for and the instant the sweeper should
 * look at it next.
 */
@Repository
class SlaTracks {

  /** A stored track with its scope. */
  record Stored(long conversationId, long workspaceId, SlaScope scope, SlaTrack track) {}

  private static final String COLUMNS =
      "conversation_id, workspace_id, channel, is_public, priority_band, target_first_ms,"
          + " target_next_ms, target_resolution_ms, warn_before_ms, started_at, first_due_at,"
          + " first_responded_at, first_working_ms, first_met, next_waiting_since, next_due_at,"
          + " next_count, next_last_working_ms, next_total_working_ms, next_missed, res_spent_ms,"
          + " res_running_since, res_due_at, res_resolved_at, res_working_ms, res_met,"
          + " next_change_at, updated_at";

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;

  SlaTracks(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  Optional<Stored> find(long workspaceId, long conversationId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from conversation_sla where workspace_id = ? and conversation_id = ?")
        .params(workspaceId, conversationId)
        .query(SlaTracks::stored)
        .optional();
  }

  /** Locks the row until the transaction ends. */
  Optional<Stored> lock(long workspaceId, long conversationId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from conversation_sla where workspace_id = ? and conversation_id = ? for"
                + " update")
        .params(workspaceId, conversationId)
        .query(SlaTracks::stored)
        .optional();
  }

  List<Stored> findAll(long workspaceId, Collection<Long> conversationIds) {
    if (conversationIds.isEmpty()) {
      return List.of();
    }
    var result = new ArrayList<Stored>();
    var ids = List.copyOf(conversationIds);
    for (int from = 0; from < ids.size(); from += 500) {
      var chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      result.addAll(
          jdbc.sql(
                  "select "
                      + COLUMNS
                      + " from conversation_sla where workspace_id = :ws and conversation_id in"
                      + " (:ids)")
              .param("ws", workspaceId)
              .param("ids", chunk)
              .query(SlaTracks::stored)
              .list());
    }
    return result;
  }

  /**
   * The tracks of these conversations, read by primary key only and checked for the workspace on
   * each row: with "workspace_id = ?" in the query, PostgreSQL without statistics combined the
   * primary key with the index that leads with the workspace and read all of its rows each time.
   */
  List<Stored> findAllByKey(long workspaceId, Collection<Long> conversationIds) {
    var result = new ArrayList<Stored>();
    if (conversationIds.isEmpty()) {
      return result;
    }
    jdbcTemplate.query(
        "select " + COLUMNS + " from conversation_sla where conversation_id = any(?)",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", conversationIds.toArray())),
        (RowCallbackHandler)
            rs -> {
              var stored = stored(rs, 0);
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
        .query(SlaTracks::stored)
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
        .query(SlaTracks::stored)
        .list();
  }

  /** A track to store, with when the sweeper should look at it next and what was stored before. */
  record Save(Stored stored, Instant nextChangeAt, Stored before) {}

  private static final String UPDATE =
      "update conversation_sla set channel = ?, is_public = ?, priority_band = ?,"
          + " target_first_ms = ?, target_next_ms = ?, target_resolution_ms = ?,"
          + " warn_before_ms = ?, started_at = ?, first_due_at = ?, first_responded_at ="
          + " ?, first_working_ms = ?, first_met = ?, next_waiting_since = ?,"
          + " next_due_at = ?, next_count = ?, next_last_working_ms = ?,"
          + " next_total_working_ms = ?, next_missed = ?, res_spent_ms = ?,"
          + " res_running_since = ?, res_due_at = ?, res_resolved_at = ?, res_working_ms"
          + " = ?, res_met = ?, next_change_at = ?, updated_at = ? where workspace_id = ?"
          + " and conversation_id = ?";

  private static final String INSERT =
      "insert into conversation_sla (channel, is_public, priority_band, target_first_ms,"
          + " target_next_ms, target_resolution_ms, warn_before_ms, started_at,"
          + " first_due_at, first_responded_at, first_working_ms, first_met,"
          + " next_waiting_since, next_due_at, next_count, next_last_working_ms,"
          + " next_total_working_ms, next_missed, res_spent_ms, res_running_since,"
          + " res_due_at, res_resolved_at, res_working_ms, res_met, next_change_at,"
          + " updated_at, workspace_id, conversation_id) values (?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  void save(Stored s, Instant nextChangeAt, Instant now) {
    Object[] values = values(s, nextChangeAt, now);
    int updated = jdbc.sql(UPDATE).params(values).update();
    if (updated == 0) {
      jdbc.sql(INSERT).params(values).update();
    }
  }

  /**
   * Stores several tracks with one JDBC batch for those that were stored before and one for the new
   * ones (a track stored meanwhile by someone else is updated instead).
   */
  void saveAll(List<Save> saves, Instant now) {
    var updates = new ArrayList<Object[]>();
    var inserts = new ArrayList<Object[]>();
    for (var save : saves) {
      (save.before() == null ? inserts : updates)
          .add(values(save.stored(), save.nextChangeAt(), now));
    }
    if (!updates.isEmpty()) {
      int[] counts = jdbcTemplate.batchUpdate(UPDATE, updates, TYPES);
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == 0) {
          inserts.add(updates.get(i));
        }
      }
    }
    if (!inserts.isEmpty()) {
      jdbcTemplate.batchUpdate(INSERT, inserts, TYPES);
    }
  }

  private static final int[] TYPES = {
    Types.VARCHAR,
    Types.BOOLEAN,
    Types.VARCHAR,
    Types.BIGINT,
    Types.BIGINT,
    Types.BIGINT,
    Types.BIGINT,
    Types.TIMESTAMP_WITH_TIMEZONE,
    Types.TIMESTAMP_WITH_TIMEZONE,
    Types.TIMESTAMP_WITH_TIMEZONE,
    Types.BIGINT,
    Types.BOOLEAN,
    Types.TIMESTAMP_WITH_TIMEZONE,
    Types.TIMESTAMP_WITH_TIMEZONE,
    Types.INTEGER,
    Types.BIGINT,
    Types.BIGINT,
    Types.INTEGER,
    Types.BIGINT,
    Types.TIMESTAMP_WITH_TIMEZONE,
    Types.TIMESTAMP_WITH_TIMEZONE,
    Types.TIMESTAMP_WITH_TIMEZONE,
    Types.BIGINT,
    Types.BOOLEAN,
    Types.TIMESTAMP_WITH_TIMEZONE,
    Types.TIMESTAMP_WITH_TIMEZONE,
    Types.BIGINT,
    Types.BIGINT
  };

  private static Object[] values(Stored s, Instant nextChangeAt, Instant now) {
    var t = s.track();
    var targets = t.targets();
    var first = t.firstResponse();
    var next = t.nextResponse();
    var res = t.resolution();
    return new Object[] {
      s.scope().channel(),
      s.scope().isPublic(),
      s.scope().priorityBand(),
      ms(targets.firstResponse()),
      ms(targets.nextResponse()),
      ms(targets.resolution()),
      ms(targets.warnBefore()),
      utc(t.startedAt()),
      utc(first.dueAt()),
      utc(first.respondedAt()),
      ms(first.workingTime()),
      first.met(),
      utc(next.waitingSince()),
      utc(next.dueAt()),
      next.count(),
      ms(next.lastWorkingTime()),
      ms(next.totalWorkingTime()),
      next.missed(),
      ms(res.spent()),
      utc(res.runningSince()),
      utc(res.dueAt()),
      utc(res.resolvedAt()),
      ms(res.workingTime()),
      res.met(),
      utc(nextChangeAt),
      utc(now),
      s.workspaceId(),
      s.conversationId()
    };
  }

  void setNextChange(long conversationId, Instant nextChangeAt) {
    jdbc.sql("update conversation_sla set next_change_at = ? where conversation_id = ?")
        .params(utc(nextChangeAt), conversationId)
        .update();
  }

  private static Stored stored(ResultSet rs, int row) throws SQLException {
    var targets =
        new SlaTargets(
            duration(rs, "target_first_ms"),
            duration(rs, "target_next_ms"),
            duration(rs, "target_resolution_ms"),
            duration(rs, "warn_before_ms"));
    var track =
        new SlaTrack(
            targets,
            instant(rs, "started_at"),
            new FirstResponseClock(
                instant(rs, "first_due_at"),
                instant(rs, "first_responded_at"),
                duration(rs, "first_working_ms"),
                rs.getObject("first_met", Boolean.class)),
            new NextResponseClock(
                instant(rs, "next_waiting_since"),
                instant(rs, "next_due_at"),
                rs.getInt("next_count"),
                duration(rs, "next_last_working_ms"),
                duration(rs, "next_total_working_ms"),
                rs.getInt("next_missed")),
            new ResolutionClock(
                duration(rs, "res_spent_ms"),
                instant(rs, "res_running_since"),
                instant(rs, "res_due_at"),
                instant(rs, "res_resolved_at"),
                duration(rs, "res_working_ms"),
                rs.getObject("res_met", Boolean.class)));
    return new Stored(
        rs.getLong("conversation_id"),
        rs.getLong("workspace_id"),
        new SlaScope(
            rs.getString("channel"), rs.getBoolean("is_public"), rs.getString("priority_band")),
        track);
  }

  private static Long ms(Duration duration) {
    return duration == null ? null : duration.toMillis();
  }

  private static Duration duration(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : Duration.ofMillis(value);
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}
