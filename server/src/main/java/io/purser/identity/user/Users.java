package io.purser.identity.user;

import io.purser.identity.Role;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The app_user table: console users, whose names are unique within their workspace. */
@Repository
public class Users {

  private static final String COLUMNS =
      "u.id, u.workspace_id, u.username, u.password_hash, u.role, u.display_name, u.signature,"
          + " u.deactivated_at";

  public record StoredUser(
      long id,
      long workspaceId,
      String username,
      String passwordHash,
      Role role,
      String displayName,
      String signature,
      boolean active) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  Users(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Returns the new user's id, or empty when the workspace already has a user of that name. */
  public Optional<Long> insert(
      long workspaceId,
      String username,
      String passwordHash,
      Role role,
      String displayName,
      String signature) {
    var keys = new GeneratedKeyHolder();
    try {
      jdbc.sql(
              "insert into app_user (workspace_id, username, password_hash, role, display_name,"
                  + " signature, created_at) values (?, ?, ?, ?, ?, ?, ?)")
          .params(
              workspaceId,
              username,
              passwordHash,
              role.name(),
              displayName,
              signature,
              clock.instant().atOffset(ZoneOffset.UTC))
          .update(keys, "id");
      return Optional.of(keys.getKey().longValue());
    } catch (DuplicateKeyException taken) {
      return Optional.empty();
    }
  }

  /** The user who signs in with this name in the workspace of this slug. */
  public Optional<StoredUser> findForLogin(String workspaceSlug, String username) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from app_user u join workspace w on w.id = u.workspace_id"
                + " where w.slug = ? and u.username = ?")
        .params(workspaceSlug, username)
        .query(Users::user)
        .optional();
  }

  public Optional<StoredUser> findById(long workspaceId, long id) {
    return jdbc.sql("select " + COLUMNS + " from app_user u where u.workspace_id = ? and u.id = ?")
        .params(workspaceId, id)
        .query(Users::user)
        .optional();
  }

  public List<StoredUser> list(long workspaceId) {
    return jdbc.sql("select " + COLUMNS + " from app_user u where u.workspace_id = ? order by u.id")
        .param(workspaceId)
        .query(Users::user)
        .list();
  }

  /** Whether the user may still act: checked on every console request. */
  boolean isActive(long id) {
    return jdbc.sql("select count(*) from app_user where id = ? and deactivated_at is null")
            .param(id)
            .query(Long.class)
            .single()
        > 0;
  }

  public void setActive(long workspaceId, long id, boolean active) {
    if (active) {
      jdbc.sql("update app_user set deactivated_at = null where workspace_id = ? and id = ?")
          .params(workspaceId, id)
          .update();
    } else {
      jdbc.sql(
              "update app_user set deactivated_at = ? where workspace_id = ? and id = ?"
                  + " and deactivated_at is null")
          .params(clock.instant().atOffset(ZoneOffset.UTC), workspaceId, id)
          .update();
    }
  }

  public void setRole(long workspaceId, long id, Role role) {
    jdbc.sql("update app_user set role = ? where workspace_id = ? and id = ?")
        .params(role.name(), workspaceId, id)
        .update();
  }

  public String workspaceSlug(long workspaceId) {
    return jdbc.sql("select slug from workspace where id = ?")
        .param(workspaceId)
        .query(String.class)
        .single();
  }

  private static StoredUser user(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new StoredUser(
        rs.getLong("id"),
        rs.getLong("workspace_id"),
        rs.getString("username"),
        rs.getString("password_hash"),
        Role.valueOf(rs.getString("role")),
        rs.getString("display_name"),
        rs.getString("signature"),
        rs.getObject("deactivated_at") == null);
  }
}
