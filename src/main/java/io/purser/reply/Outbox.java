package io.purser.reply;

import io.purser.workspace.Network;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table: replies waiting to leave. A row is committed with the reply, before any network
 * call, and carries the idempotency key that makes every attempt the same send.
 */
@Repository
class Outbox {

  /** The idempotency_key column's length. */
  static final int LONGEST_KEY = 200;

  /** An outbox row. */
  record Entry(
      long id,
      long workspaceId,
      long messageId,
      String idempotencyKey,
      long channelAccountId,
      Network network,
      OutboundMessage.Delivery delivery,
      String accountExternalId,
      String recipientExternalId,
      String inReplyToExternalId,
      boolean humanAgentTag,
      String text,
      String status,
      int attempts) {}

  private static final String COLUMNS =
      "id, workspace_id, message_id, idempotency_key, channel_account_id, network, delivery,"
          + " account_external_id, recipient_external_id, in_reply_to_external_id,"
          + " human_agent_tag, text, status, attempts from outbox";

  private final JdbcClient jdbc;
  private final Clock clock;

  Outbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void insert(Entry e) {
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    jdbc.sql(
            "insert into outbox (workspace_id, message_id, idempotency_key, channel_account_id,"
                + " network, delivery, account_external_id, recipient_external_id,"
                + " in_reply_to_external_id, human_agent_tag, text, status, next_attempt_at,"
                + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?,"
                + " ?, ?)")
        .params(
            e.workspaceId(),
            e.messageId(),
            e.idempotencyKey(),
            e.channelAccountId(),
            e.network().wireName(),
            e.delivery().name(),
            e.accountExternalId(),
            e.recipientExternalId(),
            e.inReplyToExternalId(),
            e.humanAgentTag(),
            e.text(),
            now,
            now,
            now)
        .update();
  }

  Optional<Entry> findByKey(long workspaceId, String idempotencyKey) {
    return jdbc.sql("select " + COLUMNS + " where workspace_id = ? and idempotency_key = ?")
        .params(workspaceId, idempotencyKey)
        .query(Outbox::map)
        .optional();
  }

  /**
   * Claims due replies for this transaction. Pending ones are due at their next attempt; unknown
   * ones when their reconcile window has passed without an echo.
   */
  List<Entry> claimDue(int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " where status in ('pending', 'unknown') and next_attempt_at <= ?"
                + " order by next_attempt_at, id fetch first ? rows only for update skip locked")
        .params(clock.instant().atOffset(ZoneOffset.UTC), limit)
        .query(Outbox::map)
        .list();
  }

  /** Replies whose send was under way when the node stopped: we cannot know if they left. */
  List<Entry> interrupted() {
    return jdbc.sql("select " + COLUMNS + " where status = 'sending'").query(Outbox::map).list();
  }

  void update(long id, String status, int attempts, Instant nextAttemptAt, String error) {
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    jdbc.sql(
            "update outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,"
                + " updated_at = ? where id = ?")
        .params(
            status,
            attempts,
            (nextAttemptAt == null ? clock.instant() : nextAttemptAt).atOffset(ZoneOffset.UTC),
            error,
            now,
            id)
        .update();
  }

  void markSentByMessage(long workspaceId, long messageId) {
    jdbc.sql(
            "update outbox set status = 'sent', updated_at = ? where workspace_id = ? and"
                + " message_id = ? and status <> 'sent'")
        .params(clock.instant().atOffset(ZoneOffset.UTC), workspaceId, messageId)
        .update();
  }

  private static Entry map(ResultSet rs, int row) throws SQLException {
    return new Entry(
        rs.getLong("id"),
        rs.getLong("workspace_id"),
        rs.getLong("message_id"),
        rs.getString("idempotency_key"),
        rs.getLong("channel_account_id"),
        Network.fromWireName(rs.getString("network")),
        OutboundMessage.Delivery.valueOf(rs.getString("delivery")),
        rs.getString("account_external_id"),
        rs.getString("recipient_external_id"),
        rs.getString("in_reply_to_external_id"),
        rs.getBoolean("human_agent_tag"),
        rs.getString("text"),
        rs.getString("status"),
        rs.getInt("attempts"));
  }
}
