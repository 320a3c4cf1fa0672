package io.purser.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The channel_account table. */
@Repository
class ChannelAccounts {

  private static final String COLUMNS =
      "id, workspace_id, network, external_id, name, access_token from channel_account";

  private final JdbcClient jdbc;
  private final Clock clock;

  ChannelAccounts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  ChannelAccount insert(
      long workspaceId, Network network, String externalId, String name, String accessToken) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into channel_account (workspace_id, network, external_id, name, access_token,"
                + " created_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            workspaceId,
            network.wireName(),
            externalId,
            name,
            accessToken,
            clock.instant().atOffset(ZoneOffset.UTC))
        .update(keys, "id");
    return new ChannelAccount(
        keys.getKey().longValue(), workspaceId, network, externalId, name, accessToken);
  }

  Optional<ChannelAccount> find(Network network, String externalId) {
    return jdbc.sql("select " + COLUMNS + " where network = ? and external_id = ?")
        .params(network.wireName(), externalId)
        .query(ChannelAccounts::map)
        .optional();
  }

  Optional<ChannelAccount> find(long workspaceId, long id) {
    return jdbc.sql("select " + COLUMNS + " where workspace_id = ? and id = ?")
        .params(workspaceId, id)
        .query(ChannelAccounts::map)
        .optional();
  }

  List<ChannelAccount> list(long workspaceId) {
    return jdbc.sql("select " + COLUMNS + " where workspace_id = ? order by id")
        .param(workspaceId)
        .query(ChannelAccounts::map)
        .list();
  }

  private static ChannelAccount map(ResultSet rs, int row) throws SQLException {
    return new ChannelAccount(
        rs.getLong("id"),
        rs.getLong("workspace_id"),
        Network.fromWireName(rs.getString("network")),
        rs.getString("external_id"),
        rs.getString("name"),
        rs.getString("access_token"));
  }
}
