package io.purser.routing;

import static io.purser.routing.Agents.instant;
import static io.purser.routing.Agents.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The conversation_routing table: each conversation's place in the queue — what triage said about
 * the customer's latest message, whether the customer is waiting, its priority with the reasons,
 * and who owns it.
 */
@Repository
class QueueEntries {

  /** A conversation's routing row. */
  record Entry(
      long conversationId,
      long workspaceId,
      boolean waiting,
      Instant waitingSince,
      String network,
      boolean isPublic,
      String language,
      String intent,
      String sentiment,
      String category,
      String urgency,
      String urgencyReason,
      boolean raisedByRule,
      long authorFollowers,
      Instant slaDueAt,
      Long teamId,
      int priority,
      String priorityBand,
      String priorityReasons,
      Instant priorityAt,
      Long assigneeId,
      Instant assignedAt,
      Long previousAssigneeId,
      String status) {}

  /** What a customer's message tells routing. */
  record Signals(
      String network,
      boolean isPublic,
      boolean needsResponse,
      String language,
      String intent,
      String sentiment,
      String category,
      String urgency,
      String urgencyReason,
      boolean raisedByRule,
      long authorFollowers,
      Long teamId) {}

  private static final String SELECT =
      "select r.*, c.status from conversation_routing r join conversation c on c.id ="
          + " r.conversation_id";

  private final JdbcClient jdbc;

  QueueEntries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Entry> find(long workspaceId, long conversationId) {
    return jdbc.sql(SELECT + " where r.workspace_id = ? and r.conversation_id = ?")
        .params(workspaceId, conversationId)
        .query(QueueEntries::entry)
        .optional();
  }

  /** Locks the row until the transaction ends (taken after the agent's lock, never before). */
  Optional<Entry> lock(long workspaceId, long conversationId) {
    var locked =
        jdbc.sql(
                "select conversation_id from conversation_routing where workspace_id = ? and"
                    + " conversation_id = ? for update")
            .params(workspaceId, conversationId)
            .query(Long.class)
            .optional();
    return locked.flatMap(id -> find(workspaceId, id));
  }

  /**
   * Records a customer's message: the conversation now waits for the brand when the message needs a
   * response (or it was already waiting), and its triage facts replace the older ones.
   */
  void customerWrote(long workspaceId, long conversationId, Signals s, Instant at) {
    int updated =
        jdbc.sql(
                "update conversation_routing set active = true, waiting = (waiting or ?), waiting_since = case"
                    + " when waiting then waiting_since when ? then ? else null end, network = ?,"
                    + " is_public = ?, language = ?, intent = ?, sentiment = ?, category = ?,"
                    + " urgency = ?, urgency_reason = ?, raised_by_rule = ?, author_followers = ?,"
                    + " team_id = coalesce(?,"
                    + " team_id), updated_at = ? where workspace_id = ? and conversation_id = ?")
            .params(
                s.needsResponse(),
                s.needsResponse(),
                utc(at),
                s.network(),
                s.isPublic(),
                s.language(),
                s.intent(),
                s.sentiment(),
                s.category(),
                s.urgency(),
                s.urgencyReason(),
                s.raisedByRule(),
                s.authorFollowers(),
                s.teamId(),
                utc(at),
                workspaceId,
                conversationId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into conversation_routing (conversation_id, workspace_id, waiting,"
                  + " waiting_since, network, is_public, language, intent, sentiment, category,"
                  + " urgency, urgency_reason, raised_by_rule, author_followers, team_id,"
                  + " previous_assignee_id,"
                  + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select"
                  + " r.assignee_id from conversation_routing r join conversation c on c.id ="
                  + " r.conversation_id where c.workspace_id = ? and c.contact_id = (select"
                  + " contact_id from conversation where id = ?) and r.assignee_id is not null"
                  + " order by c.id desc fetch first 1 rows only), ?)")
          .params(
              conversationId,
              workspaceId,
              s.needsResponse(),
              s.needsResponse() ? utc(at) : null,
              s.network(),
              s.isPublic(),
              s.language(),
              s.intent(),
              s.sentiment(),
              s.category(),
              s.urgency(),
              s.urgencyReason(),
              s.raisedByRule(),
              s.authorFollowers(),
              s.teamId(),
              workspaceId,
              conversationId,
              utc(at))
          .update();
    }
  }

  /** The brand answered: the customer no longer waits. */
  void brandAnswered(long workspaceId, long conversationId, Instant at) {
    jdbc.sql(
            "update conversation_routing set waiting = false, waiting_since = null, updated_at = ?"
                + " where workspace_id = ? and conversation_id = ?")
        .params(utc(at), workspaceId, conversationId)
        .update();
  }

  /**
   * The conversation ended (resolved or closed): nobody owns it any more, but the owner is kept so
   * that the customer's next conversation goes back to them.
   */
  void ended(long workspaceId, long conversationId, Instant at) {
    jdbc.sql(
            "update conversation_routing set waiting = false, waiting_since = null,"
                + " previous_assignee_id = coalesce(assignee_id, previous_assignee_id), assignee_id"
                + " = null, assigned_at = null, updated_at = ? where workspace_id = ? and"
                + " conversation_id = ?")
        .params(utc(at), workspaceId, conversationId)
        .update();
  }

  /** Whether the conversation is active (new, open, pending): the queue views show only those. */
  void setActive(long workspaceId, long conversationId, boolean active) {
    jdbc.sql(
            "update conversation_routing set active = ? where workspace_id = ? and conversation_id"
                + " = ?")
        .params(active, workspaceId, conversationId)
        .update();
  }

  void setSlaDue(long workspaceId, long conversationId, Instant dueAt) {
    jdbc.sql(
            "update conversation_routing set sla_due_at = ? where workspace_id = ? and"
                + " conversation_id = ?")
        .params(utc(dueAt), workspaceId, conversationId)
        .update();
  }

  void setPriority(
      long workspaceId,
      long conversationId,
      int priority,
      String band,
      String reasons,
      Instant at) {
    jdbc.sql(
            "update conversation_routing set priority = ?, priority_band = ?, priority_reasons = ?,"
                + " priority_at = ? where workspace_id = ? and conversation_id = ?")
        .params(priority, band, reasons, utc(at), workspaceId, conversationId)
        .update();
  }

  /** Gives the conversation to an agent; false when it is no longer owned as expected. */
  boolean assign(
      long workspaceId, long conversationId, Long expectedOwner, long agentId, Instant at) {
    var sql =
        "update conversation_routing set assignee_id = ?, assigned_at = ?, previous_assignee_id ="
            + " coalesce(assignee_id, previous_assignee_id), updated_at = ? where workspace_id = ?"
            + " and conversation_id = ? and "
            + (expectedOwner == null ? "assignee_id is null" : "assignee_id = " + expectedOwner);
    return jdbc.sql(sql).params(agentId, utc(at), utc(at), workspaceId, conversationId).update()
        == 1;
  }

  /** Returns the conversation to the queue; false when the agent did not own it. */
  boolean release(long workspaceId, long conversationId, long agentId, Instant at) {
    return jdbc.sql(
                "update conversation_routing set previous_assignee_id = assignee_id, assignee_id ="
                    + " null, assigned_at = null, updated_at = ? where workspace_id = ? and"
                    + " conversation_id = ? and assignee_id = ?")
            .params(utc(at), workspaceId, conversationId, agentId)
            .update()
        == 1;
  }

  /** Unowned conversations whose customer waits, highest priority first, then oldest. */
  List<Entry> waitingUnassigned(long workspaceId, int limit) {
    return jdbc.sql(
            SELECT
                + " where r.workspace_id = ? and r.waiting = true and r.assignee_id is null and"
                + " c.status in ('new', 'open') order by r.priority desc, r.waiting_since, r.conversation_id"
                + " fetch first ? rows only")
        .params(workspaceId, limit)
        .query(QueueEntries::entry)
        .list();
  }

  /**
   * Every waiting conversation (owned or not) of all workspaces: their priority moves with time.
   */
  List<Entry> waiting(int limit) {
    return jdbc.sql(
            SELECT
                + " where r.waiting = true and c.status in ('new', 'open') order by"
                + " r.priority_at nulls first fetch first ? rows only")
        .params(limit)
        .query(QueueEntries::entry)
        .list();
  }

  /** The active conversations an agent owns. */
  List<Entry> ownedBy(long workspaceId, long agentId) {
    return jdbc.sql(
            SELECT
                + " where r.workspace_id = ? and r.assignee_id = ? and c.status in ('new', 'open',"
                + " 'pending') order by r.priority desc, r.conversation_id")
        .params(workspaceId, agentId)
        .query(QueueEntries::entry)
        .list();
  }

  /** How many unowned conversations wait, and since when the oldest has waited. */
  record QueueDepth(long waiting, Instant oldestSince) {}

  QueueDepth depth(long workspaceId) {
    return jdbc.sql(
            "select count(*) as n, min(r.waiting_since) as oldest from conversation_routing r join"
                + " conversation c on c.id = r.conversation_id where r.workspace_id = ? and"
                + " r.waiting = true and r.assignee_id is null and c.status in ('new', 'open')")
        .params(workspaceId)
        .query((rs, row) -> new QueueDepth(rs.getLong("n"), instant(rs, "oldest")))
        .single();
  }

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    return new Entry(
        rs.getLong("conversation_id"),
        rs.getLong("workspace_id"),
        rs.getBoolean("waiting"),
        instant(rs, "waiting_since"),
        rs.getString("network"),
        rs.getBoolean("is_public"),
        rs.getString("language"),
        rs.getString("intent"),
        rs.getString("sentiment"),
        rs.getString("category"),
        rs.getString("urgency"),
        rs.getString("urgency_reason"),
        rs.getBoolean("raised_by_rule"),
        rs.getLong("author_followers"),
        instant(rs, "sla_due_at"),
        rs.getObject("team_id", Long.class),
        rs.getInt("priority"),
        rs.getString("priority_band"),
        rs.getString("priority_reasons"),
        instant(rs, "priority_at"),
        rs.getObject("assignee_id", Long.class),
        instant(rs, "assigned_at"),
        rs.getObject("previous_assignee_id", Long.class),
        rs.getString("status"));
  }
}
