package io.purser.identity;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The app_user table: console users. */
@Repository
class Users {

  record StoredUser(
      long id,
      long workspaceId,
      String username,
      String passwordHash,
      Role role,
      String displayName,
      String signature) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  Users(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Returns the new user's id, or empty when the user name is taken. */
  Optional<Long> insert(
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

  Optional<StoredUser> findByUsername(String username) {
    return jdbc.sql(
            "select id, workspace_id, username, password_hash, role, display_name, signature"
                + " from app_user where username = ?")
        .param(username)
        .query(Users::user)
        .optional();
  }

  Optional<StoredUser> findById(long workspaceId, long id) {
    return jdbc.sql(
            "select id, workspace_id, username, password_hash, role, display_name, signature"
                + " from app_user where workspace_id = ? and id = ?")
        .params(workspaceId, id)
        .query(Users::user)
        .optional();
  }

  private static StoredUser user(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new StoredUser(
        rs.getLong("id"),
        rs.getLong("workspace_id"),
        rs.getString("username"),
        rs.getString("password_hash"),
        Role.valueOf(rs.getString("role")),
        rs.getString("display_name"),
        rs.getString("signature"));
  }
}
