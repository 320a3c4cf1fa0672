package io.purser.routing.team;

import static io.purser.Timestamps.utc;

import io.purser.routing.Team;
import io.purser.routing.Team.Shift;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Teams, their members and their weekly rota (team, team_member, team_shift). */
@Repository
public class Teams {

  private final JdbcClient jdbc;

  Teams(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns the new team's id, or empty when the name is taken in the workspace. */
  public Optional<Long> create(long workspaceId, String name, ZoneId zone, Instant now) {
    var keys = new GeneratedKeyHolder();
    try {
      jdbc.sql("insert into team (workspace_id, name, time_zone, created_at) values (?, ?, ?, ?)")
          .params(workspaceId, name, zone.getId(), utc(now))
          .update(keys, "id");
      return Optional.of(keys.getKey().longValue());
    } catch (DuplicateKeyException taken) {
      return Optional.empty();
    }
  }

  public List<Team> all(long workspaceId) {
    return jdbc
        .sql("select id from team where workspace_id = ? order by name")
        .params(workspaceId)
        .query(Long.class)
        .list()
        .stream()
        .map(id -> find(workspaceId, id).orElseThrow())
        .toList();
  }

  public Optional<Team> find(long workspaceId, long teamId) {
    return jdbc.sql("select id, name, time_zone from team where workspace_id = ? and id = ?")
        .params(workspaceId, teamId)
        .query(
            (rs, row) ->
                new Team(
                    rs.getLong("id"),
                    rs.getString("name"),
                    ZoneId.of(rs.getString("time_zone")),
                    members(workspaceId, teamId),
                    shifts(workspaceId, teamId)))
        .optional();
  }

  public Optional<Long> idByName(long workspaceId, String name) {
    return jdbc.sql("select id from team where workspace_id = ? and lower(name) = lower(?)")
        .params(workspaceId, name)
        .query(Long.class)
        .optional();
  }

  private List<Long> members(long workspaceId, long teamId) {
    return jdbc.sql(
            "select user_id from team_member where workspace_id = ? and team_id = ? order by"
                + " user_id")
        .params(workspaceId, teamId)
        .query(Long.class)
        .list();
  }

  private List<Shift> shifts(long workspaceId, long teamId) {
    return jdbc.sql(
            "select day_of_week, start_minute, end_minute from team_shift where workspace_id = ?"
                + " and team_id = ? order by day_of_week, start_minute")
        .params(workspaceId, teamId)
        .query(
            (rs, row) ->
                new Shift(
                    DayOfWeek.of(rs.getInt("day_of_week")),
                    minute(rs.getInt("start_minute")),
                    rs.getInt("end_minute") == 1440 ? null : minute(rs.getInt("end_minute"))))
        .list();
  }

  /** The teams a user belongs to. */
  public List<Long> teamsOf(long workspaceId, long userId) {
    return jdbc.sql("select team_id from team_member where workspace_id = ? and user_id = ?")
        .params(workspaceId, userId)
        .query(Long.class)
        .list();
  }

  /** Everyone in these teams. */
  public List<Long> membersOf(long workspaceId, List<Long> teamIds) {
    return jdbc.sql(
            "select distinct user_id from team_member where workspace_id = :ws and team_id in"
                + " (:teams)")
        .param("ws", workspaceId)
        .param("teams", teamIds)
        .query(Long.class)
        .list();
  }

  /** Adds a member; false when the user is not in the workspace. */
  public boolean addMember(long workspaceId, long teamId, long userId) {
    return jdbc.sql(
                    "insert into team_member (team_id, user_id, workspace_id) select ?, ?, ? where"
                        + " exists (select 1 from app_user where id = ? and workspace_id = ?) and not"
                        + " exists (select 1 from team_member where team_id = ? and user_id = ?)")
                .params(teamId, userId, workspaceId, userId, workspaceId, teamId, userId)
                .update()
            == 1
        || teamsOf(workspaceId, userId).contains(teamId);
  }

  public boolean removeMember(long workspaceId, long teamId, long userId) {
    return jdbc.sql(
                "delete from team_member where workspace_id = ? and team_id = ? and user_id = ?")
            .params(workspaceId, teamId, userId)
            .update()
        == 1;
  }

  /** Replaces the team's weekly rota. */
  public void replaceShifts(long workspaceId, long teamId, List<Shift> shifts) {
    jdbc.sql("delete from team_shift where workspace_id = ? and team_id = ?")
        .params(workspaceId, teamId)
        .update();
    for (var shift : shifts) {
      jdbc.sql(
              "insert into team_shift (workspace_id, team_id, day_of_week, start_minute,"
                  + " end_minute) values (?, ?, ?, ?, ?)")
          .params(
              workspaceId, teamId, shift.day().getValue(), shift.startMinute(), shift.endMinute())
          .update();
    }
  }

  private static LocalTime minute(int minuteOfDay) {
    return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
  }
}
