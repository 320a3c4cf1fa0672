package io.purser.sla.track;

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
import java.util.List;
import java.util.stream.Stream;

/**
 * A conversation_sla row and its {@link SlaTracks.Stored} track: each field in its own column,
 * durations in milliseconds.
 */
final class TrackRows {

  /** The columns written, in the order of {@link #values} (which ends with the key). */
  static final List<String> WRITTEN =
      List.of(
          "channel",
          "is_public",
          "priority_band",
          "target_first_ms",
          "target_next_ms",
          "target_resolution_ms",
          "warn_before_ms",
          "started_at",
          "first_due_at",
          "first_responded_at",
          "first_working_ms",
          "first_met",
          "next_waiting_since",
          "next_due_at",
          "next_count",
          "next_last_working_ms",
          "next_total_working_ms",
          "next_missed",
          "res_spent_ms",
          "res_running_since",
          "res_due_at",
          "res_resolved_at",
          "res_working_ms",
          "res_met",
          "next_change_at",
          "updated_at");

  static final String COLUMNS = "conversation_id, workspace_id, " + String.join(", ", WRITTEN);

  /**
   * The SQL types of {@link SlaTracks}' update and insert parameters, the key last: each follows
   * from its column's name (ids and milliseconds, instants, flags, counts, else text).
   */
  static final int[] TYPES =
      Stream.concat(WRITTEN.stream(), Stream.of("workspace_id", "conversation_id"))
          .mapToInt(TrackRows::type)
          .toArray();

  private static int type(String column) {
    if (column.endsWith("_ms") || column.endsWith("_id")) {
      return Types.BIGINT;
    }
    if (column.endsWith("_at") || column.endsWith("_since")) {
      return Types.TIMESTAMP_WITH_TIMEZONE;
    }
    if (column.endsWith("_met") || column.startsWith("is_")) {
      return Types.BOOLEAN;
    }
    if (column.endsWith("_count") || column.endsWith("_missed")) {
      return Types.INTEGER;
    }
    return Types.VARCHAR;
  }

  private TrackRows() {}

  static Object[] values(SlaTracks.Stored s, Instant nextChangeAt, Instant now) {
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

  static SlaTracks.Stored stored(ResultSet rs, int row) throws SQLException {
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
    return new SlaTracks.Stored(
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
