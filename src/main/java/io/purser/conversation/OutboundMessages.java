package io.purser.conversation;

import static io.purser.conversation.ConversationStore.utc;

import io.purser.conversation.ConversationEvents.DeliveryStatusChanged;
import io.purser.conversation.ConversationEvents.OutboundConfirmed;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The brand's replies as messages: created queued, then sent (with the network's id), delivered,
 * read or failed. Status only moves forward: a late "delivered" never undoes a "read".
 */
@Repository
class OutboundMessages {

  private static final List<String> ORDER =
      List.of("queued", "sending", "unknown", "sent", "delivered", "read");

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final SearchIndex search;

  OutboundMessages(JdbcClient jdbc, ApplicationEventPublisher events, SearchIndex search) {
    this.jdbc = jdbc;
    this.events = events;
    this.search = search;
  }

  long insertReply(OutboundReply reply, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into message (workspace_id, conversation_id, channel_account_id, network,"
                + " kind, direction, visibility, author_external_id, author_handle, author_name,"
                + " recipient_external_id, text, in_reply_to_external_id, thread_external_id,"
                + " created_at, received_at, delivery_status, sent_by_user_id)"
                + " values (?, ?, ?, ?, ?, 'outbound', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)")
        .params(
            reply.workspaceId(),
            reply.conversationId(),
            reply.channelAccountId(),
            reply.network().wireName(),
            reply.kind(),
            reply.isPublic() ? "public" : "private",
            reply.accountExternalId(),
            reply.authorHandle(),
            reply.authorName(),
            reply.recipientExternalId(),
            reply.text(),
            reply.inReplyToExternalId(),
            reply.threadExternalId(),
            utc(at),
            utc(at),
            reply.userId())
        .update(keys, "id");
    search.message(reply.workspaceId(), reply.conversationId(), reply.text(), false, null, null);
    return keys.getKey().longValue();
  }

  /** Records how far our message has got; returns false when that would move it backwards. */
  boolean setStatus(
      long workspaceId, long messageId, String status, String externalId, String error) {
    var current =
        jdbc.sql(
                "select conversation_id, delivery_status from message where workspace_id = ? and"
                    + " id = ?")
            .params(workspaceId, messageId)
            .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .optional();
    if (current.isEmpty() || !movesForward((String) current.get()[1], status)) {
      return false;
    }
    jdbc.sql(
            "update message set delivery_status = ?, delivery_error = ?,"
                + " external_id = coalesce(?, external_id) where workspace_id = ? and id = ?")
        .params(status, error, externalId, workspaceId, messageId)
        .update();
    events.publishEvent(
        new DeliveryStatusChanged(workspaceId, (Long) current.get()[0], messageId, status, error));
    return true;
  }

  static boolean movesForward(String from, String to) {
    if (from == null) {
      return true;
    }
    if ("failed".equals(to)) {
      return ORDER.indexOf(from) < ORDER.indexOf("delivered") && !"failed".equals(from);
    }
    if ("failed".equals(from)) {
      // A retry after a failure starts again; a late network report of success corrects it.
      return true;
    }
    return ORDER.indexOf(to) > ORDER.indexOf(from)
        || ("sending".equals(to) && "unknown".equals(from));
  }

  /** Applies the network's delivery report to our messages it names. */
  void applyReport(
      long workspaceId, Network network, List<String> externalIds, String status, String error) {
    for (var externalId : externalIds) {
      jdbc.sql(
              "select id from message where workspace_id = ? and network = ? and external_id = ?"
                  + " and direction = 'outbound'")
          .params(workspaceId, network.wireName(), externalId)
          .query(Long.class)
          .optional()
          .ifPresent(id -> setStatus(workspaceId, id, status, null, error));
    }
  }

  /** Messenger-style report: everything we sent to this recipient up to the watermark. */
  void applyWatermark(
      long workspaceId, Network network, String recipient, Instant watermark, String status) {
    var ids =
        jdbc.sql(
                "select id from message where workspace_id = ? and network = ? and"
                    + " recipient_external_id = ? and direction = 'outbound' and created_at <= ?"
                    + " and delivery_status in ('sent', 'delivered')")
            .params(workspaceId, network.wireName(), recipient, utc(watermark))
            .query(Long.class)
            .list();
    ids.forEach(id -> setStatus(workspaceId, id, status, null, null));
  }

  /**
   * The echo of a reply whose send timed out tells us it was posted after all: give the reply the
   * network's id and mark it sent, so it is never sent again.
   */
  Optional<Long> confirmUnknownSend(NewMessage echo) {
    var match =
        jdbc.sql(
                "select id from message where workspace_id = ? and network = ? and direction ="
                    + " 'outbound' and external_id is null and delivery_status in ('unknown',"
                    + " 'sending') and text = ? and (in_reply_to_external_id = ? or"
                    + " recipient_external_id = ?) order by id fetch first 1 rows only")
            .params(
                echo.workspaceId(),
                echo.network().wireName(),
                echo.text(),
                echo.inReplyToExternalId(),
                echo.counterpartExternalId())
            .query(Long.class)
            .optional();
    match.ifPresent(
        id -> {
          setStatus(echo.workspaceId(), id, "sent", echo.externalId(), null);
          events.publishEvent(new OutboundConfirmed(echo.workspaceId(), id, echo.externalId()));
        });
    return match;
  }
}
