package io.purser.conversation.store;

import static io.purser.Timestamps.instant;
import static io.purser.Timestamps.utc;

import io.purser.conversation.ConversationStatus;
import io.purser.conversation.domain.ConversationLifecycle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The conversation table, one conversation at a time ({@link ConversationBatches} writes a
 * batch's). Every statement is scoped by workspace, except the sweeps that look for work in all of
 * them.
 */
@Repository
public class ConversationStore {

  static final String SET_STATUS =
      "update conversation set status = ?, version = version + 1, snoozed_until = null,"
          + " resolved_at = case when ? = 'resolved' then ? else resolved_at end,"
          + " closed_at = case when ? = 'closed' then ? else closed_at end"
          + " where workspace_id = ? and id = ?";

  /** A conversation of a workspace, for the sweeps that work across workspaces. */
  public record Due(long workspaceId, long conversationId) {}

  private final JdbcClient jdbc;

  ConversationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The customer's most recent conversation, whatever its status. */
  public Optional<Long> latest(long workspaceId, long contactId) {
    return jdbc.sql("select max(id) from conversation where workspace_id = ? and contact_id = ?")
        .params(workspaceId, contactId)
        .query((rs, row) -> rs.getObject(1, Long.class))
        .optional();
  }

  public Optional<ConversationLifecycle.State> state(long workspaceId, long conversationId) {
    return jdbc.sql(
            "select id, status, resolved_at from conversation where workspace_id = ? and id = ?")
        .params(workspaceId, conversationId)
        .query(ConversationStore::state)
        .optional();
  }

  static ConversationLifecycle.State state(ResultSet rs, int row) throws SQLException {
    return new ConversationLifecycle.State(
        rs.getLong("id"),
        ConversationStatus.fromWireName(rs.getString("status")),
        instant(rs, "resolved_at"));
  }

  public void setStatus(
      long workspaceId, long conversationId, ConversationStatus status, Instant at) {
    jdbc.sql(SET_STATUS).params(statusValues(workspaceId, conversationId, status, at)).update();
  }

  static Object[] statusValues(
      long workspaceId, long conversationId, ConversationStatus status, Instant at) {
    return new Object[] {
      status.wireName(),
      status.wireName(),
      utc(at),
      status.wireName(),
      utc(at),
      workspaceId,
      conversationId
    };
  }

  /** Adds the brand's own message: the first one is the first response. */
  public void touchOutbound(long workspaceId, long conversationId, Instant at) {
    jdbc.sql(
            "update conversation set message_count = message_count + 1,"
                + " last_message_at = case when last_message_at < ? then ? else last_message_at"
                + " end, first_response_at = coalesce(first_response_at, ?), version = version + 1"
                + " where workspace_id = ? and id = ?")
        .params(utc(at), utc(at), utc(at), workspaceId, conversationId)
        .update();
  }

  /** Sets (or clears, with null) the time a snoozed conversation opens again. */
  public void snoozeUntil(long workspaceId, long conversationId, Instant until) {
    jdbc.sql("update conversation set snoozed_until = ? where workspace_id = ? and id = ?")
        .params(utc(until), workspaceId, conversationId)
        .update();
  }

  /** Snoozed conversations whose time has come. */
  public List<Due> snoozeOver(Instant now, int limit) {
    return due("snoozed_until <= ? and status = 'pending'", now, limit);
  }

  /** Conversations resolved before the cutoff, at most {@code limit}. */
  public List<Due> resolvedBefore(Instant cutoff, int limit) {
    return due("status = 'resolved' and resolved_at < ?", cutoff, limit);
  }

  private List<Due> due(String condition, Instant at, int limit) {
    return jdbc.sql(
            "select workspace_id, id from conversation where "
                + condition
                + " fetch first ? rows only")
        .params(utc(at), limit)
        .query((rs, row) -> new Due(rs.getLong(1), rs.getLong(2)))
        .list();
  }

  /** Closes a conversation that is still resolved. */
  public void closeResolved(Due conversation, Instant at) {
    jdbc.sql(
            "update conversation set status = 'closed', closed_at = ?, version = version + 1"
                + " where workspace_id = ? and id = ? and status = 'resolved'")
        .params(utc(at), conversation.workspaceId(), conversation.conversationId())
        .update();
  }
}
