package io.purser.identity;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The api_token table: workspace-bound tokens, stored hashed. A token may act for one console user
 * (an agent's own integration), with that user's role.
 */
@Repository
class ApiTokens {

  private final JdbcClient jdbc;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Creates a token and returns it in clear: the only time it is ever visible. */
  String create(long workspaceId, String name, Role role, Long userId) {
    var token = TokenHash.newToken();
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
        .update();
    return token;
  }

  Optional<PurserPrincipal> find(String token) {
    return jdbc.sql("select workspace_id, name, role, user_id from api_token where token_hash = ?")
        .param(TokenHash.of(token))
        .query(
            (rs, row) ->
                new PurserPrincipal(
                    rs.getLong("workspace_id"),
                    rs.getObject("user_id", Long.class),
                    rs.getString("name"),
                    Role.valueOf(rs.getString("role")),
                    false))
        .optional();
  }
}
