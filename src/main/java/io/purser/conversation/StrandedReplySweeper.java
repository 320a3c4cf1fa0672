package io.purser.conversation;

import io.purser.conversation.ConversationEvents.MessageAdded;
import io.purser.workspace.Network;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adopts brand replies left held although their parent is in a conversation. With several pipeline
 * workers, a reply and its parent can be processed at the same moment in two transactions: neither
 * sees the other, the reply is held and the parent finds nothing to adopt. This sweep closes that
 * gap within seconds.
 */
@Component
class StrandedReplySweeper {

  private final JdbcClient jdbc;
  private final Messages messages;
  private final ConversationStore conversations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StrandedReplySweeper(
      JdbcClient jdbc,
      Messages messages,
      ConversationStore conversations,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.conversations = conversations;
    this.events = events;
    this.clock = clock;
  }

  private record Stranded(
      long workspaceId,
      String network,
      long id,
      String externalId,
      long conversationId,
      Instant at) {}

  @Scheduled(fixedDelayString = "#{@conversationSettings.strandedSweep()}")
  void sweep() {
    adoptStranded();
  }

  /** Adopts every stranded reply (and its own held replies); returns how many were stranded. */
  @Transactional
  int adoptStranded() {
    var stranded =
        jdbc.sql(
                "select m.workspace_id, m.network, m.id, m.external_id, p.conversation_id,"
                    + " m.created_at from message m join message p on p.workspace_id ="
                    + " m.workspace_id and p.network = m.network and p.external_id ="
                    + " m.in_reply_to_external_id where m.conversation_id is null and"
                    + " m.in_reply_to_external_id is not null and p.conversation_id is not null"
                    + " fetch first 500 rows only")
            .query(
                (rs, row) ->
                    new Stranded(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getObject(6, Timestamp.class).toInstant()))
            .list();
    stranded.forEach(this::adopt);
    return stranded.size();
  }

  private void adopt(Stranded s) {
    int moved =
        jdbc.sql(
                "update message set conversation_id = ? where workspace_id = ? and id = ? and"
                    + " conversation_id is null")
            .params(s.conversationId(), s.workspaceId(), s.id())
            .update();
    if (moved == 0) {
      return;
    }
    messages.joined(s.workspaceId(), s.id());
    added(s.workspaceId(), s.conversationId(), s.id(), s.at());
    adoptChildren(
        s.workspaceId(),
        Network.fromWireName(s.network()),
        s.externalId(),
        s.conversationId(),
        s.at());
  }

  private void adoptChildren(
      long workspaceId, Network network, String parentExternalId, long conversationId, Instant at) {
    if (parentExternalId == null) {
      return;
    }
    for (var child :
        messages.adoptHeldReplies(workspaceId, network, parentExternalId, conversationId)) {
      added(workspaceId, conversationId, child.id(), at);
      adoptChildren(workspaceId, network, child.externalId(), conversationId, at);
    }
  }

  private void added(long workspaceId, long conversationId, long messageId, Instant at) {
    conversations.touchOutbound(workspaceId, conversationId, at);
    events.publishEvent(
        new MessageAdded(workspaceId, conversationId, messageId, false, clock.instant()));
  }
}
