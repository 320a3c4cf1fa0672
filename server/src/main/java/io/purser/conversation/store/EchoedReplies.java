package io.purser.conversation.store;

import io.purser.conversation.ConversationEvents.OutboundConfirmed;
import io.purser.conversation.EchoText;
import io.purser.conversation.NewMessage;
import io.purser.conversation.SentReplies;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Our replies whose send outcome is unknown, found again by their echo: a network's copy of a
 * message the brand's account posted.
 */
@Repository
public class EchoedReplies {

  private final JdbcClient jdbc;
  private final OutboundMessages outbound;
  private final ObjectProvider<SentReplies> sentReplies;
  private final ApplicationEventPublisher events;

  EchoedReplies(
      JdbcClient jdbc,
      OutboundMessages outbound,
      ObjectProvider<SentReplies> sentReplies,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.outbound = outbound;
    this.sentReplies = sentReplies;
    this.events = events;
  }

  /**
   * The echo of a reply whose send outcome is unknown tells us it was posted after all: give the
   * reply the network's id and mark it sent, so it is never sent again. The echo is recognised by
   * the key we sent with it when the network echoes one, otherwise by the message it answers (or
   * the customer it went to) and its text as the network rewrites it ({@link EchoText}).
   */
  public Optional<Long> confirm(NewMessage echo) {
    var match = byEchoKey(echo).or(() -> byText(echo));
    match.ifPresent(
        id -> {
          outbound.setStatus(echo.workspaceId(), id, "sent", echo.externalId(), null);
          events.publishEvent(new OutboundConfirmed(echo.workspaceId(), id, echo.externalId()));
        });
    return match;
  }

  private Optional<Long> byEchoKey(NewMessage echo) {
    var replies = sentReplies.getIfAvailable();
    if (echo.echoKey() == null || replies == null) {
      return Optional.empty();
    }
    return replies
        .messageSentWith(echo.workspaceId(), echo.echoKey())
        .filter(id -> unconfirmed(echo, id));
  }

  /**
   * The key names the reply exactly, so even one queued to be sent again is confirmed: the echo
   * shows the first send went out after all, and the outbox will not send it again.
   */
  private boolean unconfirmed(NewMessage echo, long id) {
    return jdbc.sql(
                "select count(*) from message where workspace_id = ? and id = ? and network = ?"
                    + " and direction = 'outbound' and external_id is null and delivery_status in"
                    + " ('queued', 'sending', 'checking', 'unknown')")
            .params(echo.workspaceId(), id, echo.network().wireName())
            .query(Long.class)
            .single()
        == 1;
  }

  private Optional<Long> byText(NewMessage echo) {
    record Candidate(long id, String text) {}
    return jdbc
        .sql(
            "select id, text from message where workspace_id = ? and network = ? and direction ="
                + " 'outbound' and external_id is null and delivery_status in ('sending',"
                + " 'checking', 'unknown') and (in_reply_to_external_id = ? or"
                + " recipient_external_id = ?) order by id")
        .params(
            echo.workspaceId(),
            echo.network().wireName(),
            echo.inReplyToExternalId(),
            echo.counterpartExternalId())
        .query((rs, row) -> new Candidate(rs.getLong(1), rs.getString(2)))
        .list()
        .stream()
        .filter(candidate -> EchoText.same(candidate.text(), echo.text()))
        .map(Candidate::id)
        .findFirst();
  }
}
