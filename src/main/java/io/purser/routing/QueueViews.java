package io.purser.routing;

import static io.purser.routing.Agents.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The console's queue views over conversation_routing alone: active conversations in priority order
 * (highest first, oldest conversation first among equals), walked along an index so a page costs
 * the same with a hundred or a hundred thousand conversations.
 */
@Repository
class QueueViews {

  private static final String SELECT =
      "select r.conversation_id, r.waiting, r.waiting_since, r.priority, r.priority_band,"
          + " r.network, r.is_public, r.language, r.intent, r.sentiment, r.urgency,"
          + " r.assignee_id, u.display_name as assignee_name, r.sla_due_at"
          + " from conversation_routing r left join app_user u on u.id = r.assignee_id"
          + " where r.workspace_id = :ws and r.active = true";

  private static final String ORDER =
      " order by r.priority desc, r.conversation_id offset :offset rows fetch first :limit rows only";

  private static final String OF_TEAMS =
      " and (r.team_id in (select team_id from team_member where workspace_id = :ws and user_id ="
          + " :user) or r.assignee_id in (select m.user_id from team_member m where m.workspace_id"
          + " = :ws and m.team_id in (select team_id from team_member where workspace_id = :ws and"
          + " user_id = :user)))";

  private final JdbcClient jdbc;

  QueueViews(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<QueueItem> page(long workspaceId, long userId, QueueView view, int offset, int limit) {
    return jdbc.sql(SELECT + condition(view) + ORDER)
        .param("ws", workspaceId)
        .param("user", userId)
        .param("offset", offset)
        .param("limit", limit)
        .query(QueueViews::item)
        .list();
  }

  /** How many active conversations the view holds, up to {@code atMost}. */
  long count(long workspaceId, long userId, QueueView view, int atMost) {
    return jdbc.sql(
            "select count(*) from (select 1 from conversation_routing r where r.workspace_id = :ws"
                + " and r.active = true"
                + condition(view)
                + " fetch first :most rows only) v")
        .param("ws", workspaceId)
        .param("user", userId)
        .param("most", atMost)
        .query(Long.class)
        .single();
  }

  private static String condition(QueueView view) {
    return switch (view) {
      case MINE -> " and r.assignee_id = :user";
      case UNASSIGNED -> " and r.assignee_id is null";
      case TEAM -> OF_TEAMS;
      case ALL -> "";
    };
  }

  private static QueueItem item(ResultSet rs, int row) throws SQLException {
    return new QueueItem(
        rs.getLong("conversation_id"),
        rs.getBoolean("waiting"),
        instant(rs, "waiting_since"),
        rs.getInt("priority"),
        rs.getString("priority_band"),
        rs.getString("network"),
        rs.getBoolean("is_public"),
        rs.getString("language"),
        rs.getString("intent"),
        rs.getString("sentiment"),
        rs.getString("urgency"),
        rs.getObject("assignee_id", Long.class),
        rs.getString("assignee_name"),
        instant(rs, "sla_due_at"));
  }
}
