package io.purser.conversation.store;

import static io.purser.Timestamps.utc;

import io.purser.conversation.ConversationEvents.DeliveryStatusChanged;
import io.purser.conversation.OutboundReply;
import io.purser.conversation.search.SearchIndex;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The brand's replies as messages: created queued, then sent (with the network's id), delivered,
 * read or failed. Status only moves forward: a late "delivered" never undoes a "read".
 */
@Repository
public class OutboundMessages {

  private static final List<String> ORDER =
      List.of("queued", "sending", "checking", "unknown", "sent", "delivered", "read");

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final SearchIndex search;

  OutboundMessages(JdbcClient jdbc, ApplicationEventPublisher events, SearchIndex search) {
    this.jdbc = jdbc;
    this.events = events;
    this.search = search;
  }

  public long insertReply(OutboundReply reply, Instant at) {
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
  public boolean setStatus(
      long workspaceId, long messageId, String status, String externalId, String error) {
    var current =
        jdbc.sql(
                "select conversation_id, delivery_status, network from message where"
                    + " workspace_id = ? and id = ?")
            .params(workspaceId, messageId)
            .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
            .optional();
    if (current.isEmpty() || !movesForward((String) current.get()[1], status)) {
      return false;
    }
    var id = idUnlessTaken(workspaceId, messageId, (String) current.get()[2], externalId);
    jdbc.sql(
            "update message set delivery_status = ?, delivery_error = ?,"
                + " external_id = coalesce(?, external_id) where workspace_id = ? and id = ?")
        .params(status, error, id, workspaceId, messageId)
        .update();
    events.publishEvent(
        new DeliveryStatusChanged(workspaceId, (Long) current.get()[0], messageId, status, error));
    return true;
  }

  /**
   * The network's id for our message, or null when another message already has it: the echo of a
   * reply found by a look-up may have been stored on its own before, and one id names one message.
   */
  private String idUnlessTaken(
      long workspaceId, long messageId, String network, String externalId) {
    if (externalId == null) {
      return null;
    }
    long others =
        jdbc.sql(
                "select count(*) from message where workspace_id = ? and network = ? and"
                    + " external_id = ? and id <> ?")
            .params(workspaceId, network, externalId, messageId)
            .query(Long.class)
            .single();
    return others == 0 ? externalId : null;
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
    if (("queued".equals(to) || "sending".equals(to))
        && ("checking".equals(from) || "unknown".equals(from))) {
      // Sent again: once after a look-up proved it absent, or because an agent chose to.
      return true;
    }
    if ("queued".equals(to) && "sending".equals(from)) {
      // The network asked us to try later: the reply waits again, it is not being sent.
      return true;
    }
    return ORDER.indexOf(to) > ORDER.indexOf(from);
  }

  /**
   * The network's own copy of a reply we sent (its echo) shows the reply is out on the network: a
   * reply marked sent becomes delivered. On X the echo is the only such sign; Messenger and
   * WhatsApp report deliveries as well, and whichever comes first wins (status only moves forward).
   */
  public void echoed(long workspaceId, long messageId) {
    boolean sent =
        jdbc.sql(
                    "select count(*) from message where workspace_id = ? and id = ? and"
                        + " direction = 'outbound' and delivery_status = 'sent'")
                .params(workspaceId, messageId)
                .query(Long.class)
                .single()
            == 1;
    if (sent) {
      setStatus(workspaceId, messageId, "delivered", null, null);
    }
  }

  /** Applies the network's delivery report to our messages it names. */
  public void applyReport(
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
  public void applyWatermark(
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
}
