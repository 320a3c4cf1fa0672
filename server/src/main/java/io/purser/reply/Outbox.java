package io.purser.reply;

import io.purser.workspace.Network;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table: replies waiting to leave. A row is committed with the reply, before any network
 * call, and carries the idempotency key that makes every attempt the same send.
 *
 * <p>Statuses: {@code pending} (due at {@code next_attempt_at}), {@code sending} (leased until
 * {@code next_attempt_at}; claimed at {@code claimed_at}), {@code unknown} (outcome unknown, looked
 * up again at {@code next_attempt_at}), {@code held} (outcome unknown and the look-ups gave up:
 * only an agent sends it again), {@code sent}, {@code failed}.
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
      int attempts,
      Instant claimedAt,
      int resends) {}

  private static final String COLUMNS =
      "id, workspace_id, message_id, idempotency_key, channel_account_id, network, delivery,"
          + " account_external_id, recipient_external_id, in_reply_to_external_id,"
          + " human_agent_tag, text, status, attempts, claimed_at, resends from outbox";

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
    return entries("workspace_id = ? and idempotency_key = ?", workspaceId, idempotencyKey)
        .optional();
  }

  /**
   * Claims due replies for this transaction: pending ones at their next attempt, unknown ones at
   * their next look-up, and sending ones whose lease has run out (their result was lost).
   */
  List<Entry> claimDue(int limit) {
    return entries(
            "status in ('pending', 'sending', 'unknown') and next_attempt_at <= ? order by"
                + " next_attempt_at, id fetch first ? rows only for update skip locked",
            now(),
            limit)
        .list();
  }

  Optional<Entry> findByMessage(long workspaceId, long messageId) {
    return entries("workspace_id = ? and message_id = ?", workspaceId, messageId).optional();
  }

  /** The rows that match {@code where}, read as entries. */
  private JdbcClient.MappedQuerySpec<Entry> entries(String where, Object... params) {
    return jdbc.sql("select " + COLUMNS + " where " + where).params(params).query(Outbox::map);
  }

  /**
   * The send is claimed: nobody else touches the row until {@code leaseUntil}. {@code claimedAt}
   * (whole milliseconds, so every database compares it exactly) is the claim's fencing token.
   */
  void markSending(long id, int attempts, Instant claimedAt, Instant leaseUntil) {
    jdbc.sql(
            "update outbox set status = 'sending', attempts = ?, claimed_at = ?,"
                + " next_attempt_at = ?, updated_at = ? where id = ?")
        .params(
            attempts,
            claimedAt.atOffset(ZoneOffset.UTC),
            leaseUntil.atOffset(ZoneOffset.UTC),
            now(),
            id)
        .update();
  }

  /**
   * Renews the lease of a send this worker claimed, just before it calls the network; false when
   * the claim is no longer ours (the lease ran out while earlier sends of the batch took their
   * time, and another worker took the row over to reconcile it): then it must not be sent.
   */
  boolean renewSending(long id, Instant claimedAt, Instant leaseUntil) {
    return jdbc.sql(
                "update outbox set next_attempt_at = ?, updated_at = ? where id = ? and status ="
                    + " 'sending' and claimed_at = ?")
            .params(
                leaseUntil.atOffset(ZoneOffset.UTC), now(), id, claimedAt.atOffset(ZoneOffset.UTC))
            .update()
        == 1;
  }

  /** A look-up begins: the row is the caller's until {@code leaseUntil}. */
  void lease(long id, Instant leaseUntil) {
    jdbc.sql("update outbox set next_attempt_at = ?, updated_at = ? where id = ?")
        .params(leaseUntil.atOffset(ZoneOffset.UTC), now(), id)
        .update();
  }

  /** A look-up proved the reply absent: send it again now, under the same idempotency key. */
  void sendAgain(long id, String reason) {
    jdbc.sql(
            "update outbox set status = 'pending', resends = resends + 1, next_attempt_at = ?,"
                + " last_error = ?, updated_at = ? where id = ? and status <> 'sent'")
        .params(now(), reason, now(), id)
        .update();
  }

  /**
   * An agent chose to send a held or failed reply again; false when it is neither (any more). A
   * failed reply starts its attempts afresh: it had used them all, or the network refused it.
   */
  boolean release(long id) {
    return jdbc.sql(
                "update outbox set attempts = case when status = 'failed' then 0 else attempts end,"
                    + " status = 'pending', next_attempt_at = ?, updated_at = ?"
                    + " where id = ? and status in ('held', 'failed')")
            .params(now(), now(), id)
            .update()
        == 1;
  }

  /** Records an outcome; a reply the network's echo has confirmed meanwhile stays sent. */
  void update(long id, String status, int attempts, Instant nextAttemptAt, String error) {
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    jdbc.sql(
            "update outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,"
                + " updated_at = ? where id = ? and status <> 'sent'")
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

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
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
        rs.getInt("attempts"),
        instant(rs, "claimed_at"),
        rs.getInt("resends"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
