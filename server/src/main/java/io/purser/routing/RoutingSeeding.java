package io.purser.routing;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Bulk loading of routing rows for operator tools that seed conversations in bulk ({@link
 * io.purser.conversation.ConversationSeeding}): each seeded conversation gets the routing row the
 * pipeline would have given it, through batched SQL. The rows are those of public X posts in
 * English, as those conversations are. Not a bean: the product itself never seeds.
 */
public final class RoutingSeeding {

  /**
   * A conversation's place in the queue.
   *
   * @param active whether the conversation is new, open or pending
   * @param waitingSince since when the customer waits for an answer; null when nobody waits
   * @param intent, sentiment, urgency what triage said, as stored (e.g. "delay", "negative",
   *     "high")
   * @param slaDueAt the earliest running SLA deadline, or null
   * @param assigneeId the agent who owns it, or null
   */
  public record SeededRoute(
      long conversationId,
      boolean active,
      Instant waitingSince,
      String intent,
      String sentiment,
      String urgency,
      Instant slaDueAt,
      int priority,
      String priorityBand,
      String priorityReasons,
      Long assigneeId,
      Instant updatedAt) {}

  private RoutingSeeding() {}

  /** Writes the routes in one transaction. */
  public static void add(DataSource dataSource, long workspaceId, List<SeededRoute> routes)
      throws SQLException {
    try (var c = dataSource.getConnection();
        var insert =
            c.prepareStatement(
                "insert into conversation_routing (conversation_id, workspace_id, waiting,"
                    + " waiting_since, network, is_public, language, intent, sentiment, urgency,"
                    + " sla_due_at, priority, priority_band, priority_reasons, assignee_id,"
                    + " updated_at, active) values (?, ?, ?, ?, 'x', true, 'en', ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      for (var route : routes) {
        insert.setLong(1, route.conversationId());
        insert.setLong(2, workspaceId);
        insert.setBoolean(3, route.waitingSince() != null);
        insert.setTimestamp(4, ts(route.waitingSince()));
        insert.setString(5, route.intent());
        insert.setString(6, route.sentiment());
        insert.setString(7, route.urgency());
        insert.setTimestamp(8, ts(route.slaDueAt()));
        insert.setInt(9, route.priority());
        insert.setString(10, route.priorityBand());
        insert.setString(11, route.priorityReasons());
        insert.setObject(12, route.assigneeId());
        insert.setTimestamp(13, ts(route.updatedAt()));
        insert.setBoolean(14, route.active());
        insert.addBatch();
      }
      insert.executeBatch();
      c.commit();
    }
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
