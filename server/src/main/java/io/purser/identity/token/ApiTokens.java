package io.purser.identity.token;

import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The api_token table: workspace-bound tokens, stored hashed. A token may act for one console user
 * (an agent's own integration), with that user's current role, and only while that user is active.
 * A revoked token is kept (the audit log names it) but never matches again.
 */
@Repository
public class ApiTokens {

  /** A token as an admin sees it: never the token itself, which only its creator ever saw. */
  public record StoredToken(
      long id, String name, Role role, Long userId, Instant createdAt, Instant revokedAt) {}

  /** A token just created: its id and, this once, the token in clear. */
  public record NewToken(long id, String token) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public NewToken create(long workspaceId, String name, Role role, Long userId) {
    var token = TokenHash.newToken();
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into api_token (workspace_id, name, token_hash, role, user_id, created_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            workspaceId,
            name,
            TokenHash.of(token),
            role.name(),
            userId,
            clock.instant().atOffset(ZoneOffset.UTC))
        .update(keys, "id");
    return new NewToken(keys.getKey().longValue(), token);
  }

  public Optional<PurserPrincipal> find(String token) {
    return jdbc.sql(
            "select t.id, t.workspace_id, t.name, coalesce(u.role, t.role) as role, t.user_id"
                + " from api_token t left join app_user u on u.id = t.user_id"
                + " where t.token_hash = ? and t.revoked_at is null and u.deactivated_at is null")
        .param(TokenHash.of(token))
        .query(
            (rs, row) ->
                new PurserPrincipal(
                    rs.getLong("workspace_id"),
                    rs.getObject("user_id", Long.class),
                    rs.getLong("id"),
                    rs.getString("name"),
                    Role.valueOf(rs.getString("role")),
                    false))
        .optional();
  }

  public List<StoredToken> list(long workspaceId) {
    return jdbc.sql(
            "select id, name, role, user_id, created_at, revoked_at from api_token"
                + " where workspace_id = ? order by id")
        .param(workspaceId)
        .query(ApiTokens::stored)
        .list();
  }

  public Optional<StoredToken> findById(long workspaceId, long id) {
    return jdbc.sql(
            "select id, name, role, user_id, created_at, revoked_at from api_token"
                + " where workspace_id = ? and id = ?")
        .params(workspaceId, id)
        .query(ApiTokens::stored)
        .optional();
  }

  public void revoke(long workspaceId, long id) {
    jdbc.sql(
            "update api_token set revoked_at = ? where workspace_id = ? and id = ?"
                + " and revoked_at is null")
        .params(clock.instant().atOffset(ZoneOffset.UTC), workspaceId, id)
        .update();
  }

  private static StoredToken stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    var revoked = rs.getObject("revoked_at", OffsetDateTime.class);
    return new StoredToken(
        rs.getLong("id"),
        rs.getString("name"),
        Role.valueOf(rs.getString("role")),
        rs.getObject("user_id", Long.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        revoked == null ? null : revoked.toInstant());
  }
}
