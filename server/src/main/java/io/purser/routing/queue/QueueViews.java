package io.purser.routing.queue;

import static io.purser.Timestamps.instant;

import io.purser.routing.QueueItem;
import io.purser.routing.QueueView;
import io.purser.routing.team.Teams;
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

  /** The active conversations of the workspace, the owner's name left for the outer query. */
  private static final String ROUTING =
      "select r.conversation_id, r.waiting, r.waiting_since, r.priority, r.priority_band,"
          + " r.network, r.is_public, r.language, r.intent, r.sentiment, r.urgency,"
          + " r.assignee_id, r.sla_due_at from conversation_routing r where r.workspace_id = :ws"
          + " and r.active = true";

  /**
   * The owners' names, for the page's rows only: joined inside, the join made H2 read and sort
   * every active conversation of the workspace to find the page.
   */
  private static final String WITH_OWNER_NAMES =
      "select v.*, u.display_name as assignee_name from (%s) v left join app_user u on u.id ="
          + " v.assignee_id order by v.priority desc, v.conversation_id";

  private final JdbcClient jdbc;
  private final Teams teams;

  QueueViews(JdbcClient jdbc, Teams teams) {
    this.jdbc = jdbc;
    this.teams = teams;
  }

  List<QueueItem> page(long workspaceId, long userId, QueueView view, int offset, int limit) {
    if (view == QueueView.TEAM) {
      return teamPage(workspaceId, userId, offset, limit);
    }
    // The order names the index's leading columns, fixed by the conditions: without them H2 does
    // not walk the index in order but reads every row of the view and sorts (PostgreSQL needs
    // neither and plans the same).
    var leading =
        view == QueueView.ALL
            ? "r.workspace_id, r.active"
            : "r.workspace_id, r.active, r.assignee_id";
    return jdbc.sql(
            WITH_OWNER_NAMES.formatted(
                ROUTING
                    + condition(view)
                    + " order by "
                    + leading
                    + ", r.priority desc, r.conversation_id offset :offset rows fetch first :limit"
                    + " rows only"))
        .param("ws", workspaceId)
        .param("user", userId)
        .param("offset", offset)
        .param("limit", limit)
        .query(QueueViews::item)
        .list();
  }

  /** How many active conversations the view holds, up to {@code atMost}. */
  long count(long workspaceId, long userId, QueueView view, int atMost) {
    if (view == QueueView.TEAM) {
      return teamCount(workspaceId, userId, atMost);
    }
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

  /**
   * The agent's teams' view: conversations routed to one of their teams or owned by a member of
   * one. The teams and their members are read first (a few index entries): an agent in no team has
   * an empty view without touching conversation_routing, and otherwise each half walks its own
   * index ({@code conversation_routing_team_queue}, {@code conversation_routing_owner_queue}) for
   * no more than the rows the page needs. As one query with "team in (…) or owner in (…)" neither
   * index could serve, and each request read every active conversation of the workspace.
   */
  private List<QueueItem> teamPage(long workspaceId, long userId, int offset, int limit) {
    var teamIds = teams.teamsOf(workspaceId, userId);
    if (teamIds.isEmpty()) {
      return List.of();
    }
    var members = teams.membersOf(workspaceId, teamIds);
    // Each half in its index's order; with one team (or one member) the order names that column
    // too, so that H2 walks the index (see page). With several it cannot, as the order within a
    // half would then be by team first.
    String teamOrder = teamIds.size() == 1 ? "r.team_id, " : "";
    String memberOrder = members.size() == 1 ? "r.assignee_id, " : "";
    String upTo = " fetch first " + (offset + limit) + " rows only";
    return jdbc.sql(
            inlined(
                WITH_OWNER_NAMES.formatted(
                        "("
                            + ROUTING
                            + " and r.team_id in (:teams) order by r.workspace_id, r.active, "
                            + teamOrder
                            + "r.priority desc, r.conversation_id"
                            + upTo
                            + ") union ("
                            + ROUTING
                            + " and r.assignee_id in (:members) order by r.workspace_id,"
                            + " r.active, "
                            + memberOrder
                            + "r.priority desc, r.conversation_id"
                            + upTo
                            + ")")
                    + " offset "
                    + offset
                    + " rows fetch first "
                    + limit
                    + " rows only",
                workspaceId,
                teamIds,
                members))
        .query(QueueViews::item)
        .list();
  }

  private long teamCount(long workspaceId, long userId, int atMost) {
    var teamIds = teams.teamsOf(workspaceId, userId);
    if (teamIds.isEmpty()) {
      return 0;
    }
    var members = teams.membersOf(workspaceId, teamIds);
    String half =
        "select r.conversation_id from conversation_routing r where r.workspace_id = :ws and"
            + " r.active = true and ";
    String most = " fetch first " + atMost + " rows only";
    return jdbc.sql(
            inlined(
                "select count(*) from (select conversation_id from (("
                    + half
                    + "r.team_id in (:teams)"
                    + most
                    + ") union ("
                    + half
                    + "r.assignee_id in (:members)"
                    + most
                    + ")) u"
                    + most
                    + ") v",
                workspaceId,
                teamIds,
                members))
        .query(Long.class)
        .single();
  }

  /**
   * The team view's statement with its values written in (all numbers read from the database or
   * computed here, never text from a request). H2 2.4 answers a union of limited queries inside a
   * derived table with the parameters of its first execution: the second page came back empty and
   * another agent would have seen the first one's teams.
   */
  private static String inlined(
      String sql, long workspaceId, List<Long> teams, List<Long> members) {
    return sql.replace(":ws", Long.toString(workspaceId))
        .replace(":teams", numbers(teams))
        .replace(":members", numbers(members));
  }

  private static String numbers(List<Long> values) {
    return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
  }

  private static String condition(QueueView view) {
    return switch (view) {
      case MINE -> " and r.assignee_id = :user";
      case UNASSIGNED -> " and r.assignee_id is null";
      case TEAM -> throw new IllegalArgumentException("the team view has queries of its own");
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
