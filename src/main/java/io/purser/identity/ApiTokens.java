package io.purser.identity;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table: workspace-bound tokens, stored hashed. */
@Repository
class ApiTokens {

  private final JdbcClient jdbc;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Creates a token and returns it in clear: the only time it is ever visible. */
  String create(long workspaceId, String name, Role role) {
    var token = TokenHash.newToken();
    jdbc.sql(
            "insert into api_token (workspace_id, name, token_hash, role, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            workspaceId,
            name,
            TokenHash.of(token),
            role.name(),
            clock.instant().atOffset(ZoneOffset.UTC))
        .update();
    return token;
  }

  Optional<PurserPrincipal> find(String token) {
    return jdbc.sql("select workspace_id, name, role from api_token where token_hash = ?")
        .param(TokenHash.of(token))
        .query(
            (rs, row) ->
                new PurserPrincipal(
                    rs.getLong("workspace_id"),
                    null,
                    rs.getString("name"),
                    Role.valueOf(rs.getString("role")),
                    false))
        .optional();
  }
}
