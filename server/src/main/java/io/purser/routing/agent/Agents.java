package io.purser.routing.agent;

import static io.purser.Timestamps.instant;
import static io.purser.Timestamps.utc;

import io.purser.routing.domain.Presence;
import io.purser.triage.Intent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agent table: each console user's presence, capacity and skills. A user becomes an agent the
 * first time routing needs them (created offline with the default capacity).
 */
@Repository
class Agents {

  /**
   * One agent as stored, with the number of conversations they own that are not resolved yet (new,
   * open or pending): the load their capacity limits.
   */
  record StoredAgent(
      long userId,
      long workspaceId,
      String displayName,
      Presence presence,
      Instant presenceSince,
      Instant lastActiveAt,
      int capacity,
      Set<String> languages,
      Set<Intent> intents,
      Instant lastAssignedAt,
      int openCount) {}

  private static final String SELECT =
      "select a.user_id, a.workspace_id, u.display_name, a.presence, a.presence_since,"
          + " a.last_active_at, a.capacity, a.languages, a.intents, a.last_assigned_at,"
          + " (select count(*) from conversation_routing r join conversation c on c.id ="
          + " r.conversation_id where r.assignee_id = a.user_id and c.status in ('new', 'open', 'pending'))"
          + " as open_count from agent a join app_user u on u.id = a.user_id";

  private final JdbcClient jdbc;

  Agents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every console user is an agent: created offline with the default capacity. */
  void create(long workspaceId, long userId, int capacity, Instant now) {
    jdbc.sql(
            "insert into agent (user_id, workspace_id, presence, presence_since, last_active_at,"
                + " capacity) values (?, ?, 'offline', ?, ?, ?)")
        .params(userId, workspaceId, utc(now), utc(now), capacity)
        .update();
  }

  /**
   * Whether the user is an agent of the workspace. Users get their agent row when they are created
   * (and the migration gave one to every earlier user); a row still missing is created.
   */
  boolean ensure(long workspaceId, long userId, int defaultCapacity, Instant now) {
    boolean exists =
        jdbc.sql("select count(*) from agent where workspace_id = ? and user_id = ?")
                .params(workspaceId, userId)
                .query(Long.class)
                .single()
            > 0;
    if (exists) {
      return true;
    }
    boolean user =
        jdbc.sql("select count(*) from app_user where workspace_id = ? and id = ?")
                .params(workspaceId, userId)
                .query(Long.class)
                .single()
            > 0;
    if (user) {
      create(workspaceId, userId, defaultCapacity, now);
    }
    return user;
  }

  /**
   * The agent's presence alone, read from their row: what every console page's top bar shows,
   * without counting the conversations they own as the whole agent does.
   */
  Optional<Presence> presence(long workspaceId, long userId) {
    return jdbc.sql("select presence from agent where workspace_id = ? and user_id = ?")
        .params(workspaceId, userId)
        .query((rs, row) -> Presence.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)))
        .optional();
  }

  Optional<StoredAgent> find(long workspaceId, long userId) {
    return jdbc.sql(SELECT + " where a.workspace_id = ? and a.user_id = ?")
        .params(workspaceId, userId)
        .query(Agents::agent)
        .optional();
  }

  List<StoredAgent> all(long workspaceId) {
    return jdbc.sql(SELECT + " where a.workspace_id = ? order by u.display_name, a.user_id")
        .params(workspaceId)
        .query(Agents::agent)
        .list();
  }

  /**
   * Locks the agent's row until the transaction ends: every assignment to this agent goes through
   * this lock, so two nodes can never both give the agent their last free place.
   */
  Optional<StoredAgent> lock(long workspaceId, long userId) {
    var locked =
        jdbc.sql("select user_id from agent where workspace_id = ? and user_id = ? for update")
            .params(workspaceId, userId)
            .query(Long.class)
            .optional();
    return locked.flatMap(id -> find(workspaceId, id));
  }

  /** Workspaces that have at least one available agent: the ones worth dispatching. */
  List<Long> workspacesWithAvailableAgents() {
    return jdbc.sql("select distinct workspace_id from agent where presence = 'available'")
        .query(Long.class)
        .list();
  }

  /** Sets presence; returns the previous one (empty when the agent does not exist). */
  Optional<Presence> setPresence(long workspaceId, long userId, Presence presence, Instant now) {
    var before = find(workspaceId, userId).map(StoredAgent::presence);
    before.ifPresent(
        previous ->
            jdbc.sql(
                    "update agent set presence = ?, presence_since = case when presence = ? then"
                        + " presence_since else ? end, last_active_at = ? where workspace_id = ?"
                        + " and user_id = ?")
                .params(wire(presence), wire(presence), utc(now), utc(now), workspaceId, userId)
                .update());
    return before;
  }

  void touch(long workspaceId, long userId, Instant now) {
    jdbc.sql("update agent set last_active_at = ? where workspace_id = ? and user_id = ?")
        .params(utc(now), workspaceId, userId)
        .update();
  }

  void updateSkills(
      long workspaceId, long userId, int capacity, Set<String> languages, Set<Intent> intents) {
    jdbc.sql(
            "update agent set capacity = ?, languages = ?, intents = ? where workspace_id = ? and"
                + " user_id = ?")
        .params(
            capacity,
            String.join(",", new TreeSet<>(languages)),
            intents.stream().map(Intent::wireName).sorted().collect(Collectors.joining(",")),
            workspaceId,
            userId)
        .update();
  }

  void assigned(long workspaceId, long userId, Instant now) {
    jdbc.sql("update agent set last_assigned_at = ? where workspace_id = ? and user_id = ?")
        .params(utc(now), workspaceId, userId)
        .update();
  }

  /** Available agents whose last activity is older than the cut-off. */
  List<StoredAgent> inactiveSince(Instant cutoff) {
    return jdbc.sql(SELECT + " where a.presence = 'available' and a.last_active_at < ?")
        .params(utc(cutoff))
        .query(Agents::agent)
        .list();
  }

  private static StoredAgent agent(ResultSet rs, int row) throws SQLException {
    return new StoredAgent(
        rs.getLong("user_id"),
        rs.getLong("workspace_id"),
        rs.getString("display_name"),
        Presence.valueOf(rs.getString("presence").toUpperCase(Locale.ROOT)),
        instant(rs, "presence_since"),
        instant(rs, "last_active_at"),
        rs.getInt("capacity"),
        split(rs.getString("languages")),
        split(rs.getString("intents")).stream()
            .map(Intent::fromWireName)
            .collect(Collectors.toCollection(TreeSet::new)),
        instant(rs, "last_assigned_at"),
        rs.getInt("open_count"));
  }

  static String wire(Presence presence) {
    return presence.name().toLowerCase(Locale.ROOT);
  }

  private static Set<String> split(String csv) {
    if (csv == null || csv.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(csv.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
