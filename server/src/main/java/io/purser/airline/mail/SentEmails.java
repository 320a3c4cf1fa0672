package io.purser.airline.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The e-mails Purser sent or tried to send, one per workspace and idempotency key. */
@Repository
public class SentEmails {

  /** An e-mail as stored; {@code status} is sent, mailbox or failed. */
  public record SentEmail(
      long id,
      Long workspaceId,
      String recordLocator,
      String recipient,
      String subject,
      String body,
      String status,
      String error,
      Instant createdAt) {}

  private static final String SELECT =
      "select id, workspace_id, record_locator, recipient, subject, body, status, error,"
          + " created_at from sent_email";

  private final JdbcClient jdbc;

  SentEmails(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<SentEmail> byKey(long workspaceId, String key) {
    return jdbc.sql(SELECT + " where workspace_id = ? and idempotency_key = ?")
        .params(workspaceId, key)
        .query(SentEmails::row)
        .optional();
  }

  void insert(
      long workspaceId,
      String key,
      String locator,
      String to,
      String subject,
      String body,
      Instant now) {
    jdbc.sql(
            "insert into sent_email (workspace_id, idempotency_key, record_locator, recipient,"
                + " subject, body, status, created_at) values (?, ?, ?, ?, ?, ?, 'sending', ?)")
        .params(workspaceId, key, locator, to, subject, body, now.atOffset(ZoneOffset.UTC))
        .update();
  }

  void finish(long workspaceId, String key, String status, String error) {
    jdbc.sql(
            "update sent_email set status = ?, error = ? where workspace_id = ? and"
                + " idempotency_key = ?")
        .params(status, error, workspaceId, key)
        .update();
  }

  /** The latest e-mails of a workspace: its agents' and those its airline sent for it. */
  public List<SentEmail> latest(long workspaceId, int limit) {
    return jdbc.sql(SELECT + " where workspace_id = ? order by id desc limit ?")
        .params(workspaceId, limit)
        .query(SentEmails::row)
        .list();
  }

  private static SentEmail row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new SentEmail(
        rs.getLong("id"),
        (Long) rs.getObject("workspace_id", Long.class),
        rs.getString("record_locator"),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("status"),
        rs.getString("error"),
        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
  }
}
