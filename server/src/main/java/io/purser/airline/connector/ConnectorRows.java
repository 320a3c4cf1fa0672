package io.purser.airline.connector;

import io.purser.airline.ConnectorSettings;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each workspace's connector (airline_connector), one row per workspace that set one. */
@Repository
class ConnectorRows {

  private final JdbcClient jdbc;

  ConnectorRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ConnectorSettings> find(long workspaceId) {
    return jdbc.sql(
            "select kind, base_url, hmac_secret, connect_timeout_ms, read_timeout_ms,"
                + " confirmations from airline_connector where workspace_id = ?")
        .param(workspaceId)
        .query(ConnectorRows::settings)
        .optional();
  }

  void save(long workspaceId, ConnectorSettings s, Instant at) {
    var params =
        new Object[] {
          s.kind(),
          s.baseUrl() == null ? null : s.baseUrl().toString(),
          s.hmacSecret(),
          (int) s.connectTimeout().toMillis(),
          (int) s.readTimeout().toMillis(),
          s.confirmations(),
          at.atOffset(ZoneOffset.UTC),
          workspaceId
        };
    if (update(params) == 1) {
      return;
    }
    try {
      jdbc.sql(
              "insert into airline_connector (kind, base_url, hmac_secret, connect_timeout_ms,"
                  + " read_timeout_ms, confirmations, updated_at, workspace_id)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(params)
          .update();
    } catch (DuplicateKeyException concurrent) {
      update(params);
    }
  }

  private int update(Object[] params) {
    return jdbc.sql(
            "update airline_connector set kind = ?, base_url = ?, hmac_secret = ?,"
                + " connect_timeout_ms = ?, read_timeout_ms = ?, confirmations = ?, updated_at = ?"
                + " where workspace_id = ?")
        .params(params)
        .update();
  }

  private static ConnectorSettings settings(ResultSet rs, int n) throws SQLException {
    var url = rs.getString("base_url");
    return new ConnectorSettings(
        rs.getString("kind"),
        url == null ? null : URI.create(url),
        rs.getString("hmac_secret"),
        Duration.ofMillis(rs.getInt("connect_timeout_ms")),
        Duration.ofMillis(rs.getInt("read_timeout_ms")),
        rs.getString("confirmations"));
  }
}
