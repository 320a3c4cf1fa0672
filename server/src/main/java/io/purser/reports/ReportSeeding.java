package io.purser.reports;

import static io.purser.Timestamps.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;

/**
 * Bulk loading of the reports' model for the benchmark, which needs a million conversations in
 * minutes: the rows the listener would have written for them, in JDBC batches, one transaction per
 * batch. Not a bean: the product itself never seeds. Start it, {@link #add} batches, {@link
 * #close}.
 */
public final class ReportSeeding implements AutoCloseable {

  private static final String INSERT =
      "insert into report_conversation (workspace_id, conversation_id, started_at, local_day,"
          + " local_hour, channel, is_public, moved_to_private, team, agent_id, intent, language,"
          + " priority_band, needs_response, first_response_at, first_response_wall_s,"
          + " first_response_business_s, first_response_met, next_responses,"
          + " next_response_avg_s, resolved_at, resolution_wall_s, reopened_count, csat_score)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Connection connection;
  private final long workspaceId;
  private final ZoneId zone;

  private ReportSeeding(Connection connection, long workspaceId, ZoneId zone) {
    this.connection = connection;
    this.workspaceId = workspaceId;
    this.zone = zone;
  }

  /** Seeding into one workspace whose time zone is {@code zone}; holds one connection. */
  public static ReportSeeding start(DataSource dataSource, long workspaceId, ZoneId zone)
      throws SQLException {
    var connection = dataSource.getConnection();
    connection.setAutoCommit(false);
    return new ReportSeeding(connection, workspaceId, zone);
  }

  /** Writes and commits a batch of conversations. */
  public void add(List<ReportedConversation> conversations) throws SQLException {
    try (var ps = connection.prepareStatement(INSERT)) {
      for (var c : conversations) {
        bind(ps, c);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    connection.commit();
  }

  private void bind(PreparedStatement ps, ReportedConversation c) throws SQLException {
    var local = c.startedAt().atZone(zone);
    ps.setLong(1, workspaceId);
    ps.setLong(2, c.conversationId());
    ps.setObject(3, utc(c.startedAt()));
    ps.setObject(4, local.toLocalDate());
    ps.setInt(5, local.getHour());
    ps.setString(6, c.channel());
    ps.setObject(7, c.isPublic(), Types.BOOLEAN);
    ps.setBoolean(8, c.movedToPrivate());
    ps.setString(9, c.team());
    ps.setObject(10, c.agentId(), Types.BIGINT);
    ps.setString(11, c.intent());
    ps.setString(12, c.language());
    ps.setString(13, c.priorityBand());
    ps.setBoolean(14, c.needsResponse());
    ps.setObject(15, utc(c.firstResponseAt()), Types.TIMESTAMP_WITH_TIMEZONE);
    ps.setObject(16, c.firstResponseWallSeconds(), Types.BIGINT);
    ps.setObject(17, c.firstResponseBusinessSeconds(), Types.BIGINT);
    ps.setObject(18, c.firstResponseMet(), Types.BOOLEAN);
    ps.setInt(19, c.nextResponses());
    ps.setObject(20, c.nextResponseAverageSeconds(), Types.BIGINT);
    ps.setObject(21, utc(c.resolvedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
    ps.setObject(22, c.resolutionWallSeconds(), Types.BIGINT);
    ps.setInt(23, c.reopenedCount());
    ps.setObject(24, c.csatScore(), Types.SMALLINT);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
