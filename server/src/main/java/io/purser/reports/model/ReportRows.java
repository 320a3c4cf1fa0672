package io.purser.reports.model;

import static io.purser.Timestamps.utc;

import io.purser.conversation.ConversationEvents.CustomerMessageRecorded;
import io.purser.sla.SlaManagement.SlaView;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read model's writes, one statement (or one batch) per fact. */
@Component
class ReportRows {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  ReportRows(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Inserts the rows of conversations that have just started. */
  void started(List<StartedConversations.Started> started) {
    batch.batchUpdate(
        "insert into report_conversation (workspace_id, conversation_id, started_at,"
            + " local_day, local_hour, moved_to_private, needs_response, next_responses,"
            + " reopened_count) values (?, ?, ?, ?, ?, false, false, 0, 0)",
        started,
        started.size(),
        (ps, s) -> {
          var at = s.event().at();
          var local = at.atZone(s.zone());
          ps.setLong(1, s.event().workspaceId());
          ps.setLong(2, s.event().conversationId());
          ps.setObject(3, utc(at));
          ps.setObject(4, local.toLocalDate());
          ps.setInt(5, local.getHour());
        });
  }

  /**
   * What customers' messages say, with what the SLA module measured once they were counted (one
   * statement per message, so the pipeline's transaction writes each row once): the first message
   * sets the channel and visibility, the first triaged one the intent, language and team; a private
   * message in a public conversation moves it.
   */
  void customersWrote(List<CustomerMessageRecorded> messages, Map<Long, SlaView> measured) {
    batch.batchUpdate(
        "update report_conversation set channel = coalesce(channel, ?),"
            + " moved_to_private = moved_to_private or (coalesce(is_public, false) and not ?),"
            + " is_public = coalesce(is_public, ?), intent = coalesce(intent, ?),"
            + " language = coalesce(language, ?), team = coalesce(team, ?),"
            + " needs_response = needs_response or ?,"
            + " priority_band = coalesce(?, priority_band),"
            + " next_responses = coalesce(?, next_responses)"
            + " where workspace_id = ? and conversation_id = ?",
        messages,
        messages.size(),
        (ps, m) -> {
          var triage = m.triage();
          var sla = measured.get(m.conversationId());
          ps.setString(1, m.network().wireName());
          ps.setBoolean(2, m.isPublic());
          ps.setBoolean(3, m.isPublic());
          ps.setString(4, triage == null ? null : triage.intent().wireName());
          ps.setString(5, triage == null ? null : triage.language());
          ps.setString(6, triage == null ? null : triage.brandActions().route());
          ps.setBoolean(7, triage != null && triage.needsResponse());
          ps.setString(8, sla == null ? null : sla.priorityBand());
          ps.setObject(9, sla == null ? null : sla.metrics().nextResponses(), Types.INTEGER);
          ps.setLong(10, m.workspaceId());
          ps.setLong(11, m.conversationId());
        });
  }

  /** What the SLA module measured and decided, copied as it stands. */
  void measured(long workspaceId, Collection<SlaView> views) {
    batch.batchUpdate(
        "update report_conversation set priority_band = ?, first_response_business_s = ?,"
            + " first_response_met = ?, next_responses = ?, next_response_avg_s = ?"
            + " where workspace_id = ? and conversation_id = ?",
        List.copyOf(views),
        views.size(),
        (ps, v) -> {
          var m = v.metrics();
          ps.setString(1, v.priorityBand());
          ps.setObject(2, m.firstResponseSeconds());
          ps.setObject(3, m.firstResponseMet());
          ps.setInt(4, m.nextResponses());
          ps.setObject(5, m.nextResponseAverageSeconds());
          ps.setLong(6, workspaceId);
          ps.setLong(7, v.conversationId());
        });
  }

  void replyQueued(long workspaceId, long messageId, long conversationId, Instant at) {
    jdbc.sql(
            "insert into report_reply (workspace_id, message_id, conversation_id, queued_at)"
                + " values (?, ?, ?, ?)")
        .params(workspaceId, messageId, conversationId, utc(at))
        .update();
  }

  /** Forgets a queued reply; answers when it was queued, empty when it was not waiting. */
  Optional<Instant> replySettled(long workspaceId, long messageId) {
    var queued =
        jdbc.sql("select queued_at from report_reply where workspace_id = ? and message_id = ?")
            .params(workspaceId, messageId)
            .query((rs, row) -> rs.getTimestamp(1).toInstant())
            .optional();
    queued.ifPresent(
        at ->
            jdbc.sql("delete from report_reply where workspace_id = ? and message_id = ?")
                .params(workspaceId, messageId)
                .update());
    return queued;
  }

  /** A person's reply sent at {@code at} answers the conversation, unless an earlier one did. */
  void answered(long workspaceId, long conversationId, Instant at) {
    startedAt(workspaceId, conversationId)
        .ifPresent(
            started ->
                jdbc.sql(
                        "update report_conversation set first_response_at = ?,"
                            + " first_response_wall_s = ? where workspace_id = ? and"
                            + " conversation_id = ? and (first_response_at is null or"
                            + " first_response_at > ?)")
                    .params(utc(at), seconds(started, at), workspaceId, conversationId, utc(at))
                    .update());
  }

  void resolved(long workspaceId, long conversationId, Instant at) {
    startedAt(workspaceId, conversationId)
        .ifPresent(
            started ->
                jdbc.sql(
                        "update report_conversation set resolved_at = ?, resolution_wall_s = ?"
                            + " where workspace_id = ? and conversation_id = ?")
                    .params(utc(at), seconds(started, at), workspaceId, conversationId)
                    .update());
  }

  void reopened(long workspaceId, long conversationId) {
    jdbc.sql(
            "update report_conversation set reopened_count = reopened_count + 1,"
                + " resolved_at = null, resolution_wall_s = null"
                + " where workspace_id = ? and conversation_id = ?")
        .params(workspaceId, conversationId)
        .update();
  }

  void owned(long workspaceId, long conversationId, long agentId) {
    jdbc.sql(
            "update report_conversation set agent_id = ? where workspace_id = ? and"
                + " conversation_id = ?")
        .params(agentId, workspaceId, conversationId)
        .update();
  }

  private Optional<Instant> startedAt(long workspaceId, long conversationId) {
    return jdbc.sql(
            "select started_at from report_conversation where workspace_id = ? and"
                + " conversation_id = ?")
        .params(workspaceId, conversationId)
        .query((rs, row) -> rs.getTimestamp(1).toInstant())
        .optional();
  }

  private static long seconds(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds();
  }
}
