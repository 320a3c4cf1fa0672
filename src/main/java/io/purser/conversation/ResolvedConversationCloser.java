package io.purser.conversation;

import static io.purser.conversation.ConversationStore.utc;

import io.purser.conversation.ConversationEvents.ConversationStatusChanged;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes resolved conversations once their reopen window has passed, so a customer's next message
 * starts a new conversation and reports see them as finished.
 */
@Component
class ResolvedConversationCloser {

  private final JdbcClient jdbc;
  private final ConversationSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ResolvedConversationCloser(
      JdbcClient jdbc,
      ConversationSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "#{@conversationSettings.closeSweep()}")
  void sweep() {
    closeExpired(clock.instant());
  }

  /** Closes every conversation resolved before {@code now} minus the window; returns how many. */
  @Transactional
  int closeExpired(Instant now) {
    var cutoff = now.minus(settings.reopenWindow());
    record Expired(long workspaceId, long id) {}
    var expired =
        jdbc.sql(
                "select workspace_id, id from conversation where status = 'resolved' and"
                    + " resolved_at < ? fetch first 1000 rows only")
            .param(utc(cutoff))
            .query((rs, row) -> new Expired(rs.getLong(1), rs.getLong(2)))
            .list();
    for (var conversation : expired) {
      jdbc.sql(
              "update conversation set status = 'closed', closed_at = ?, version = version + 1"
                  + " where workspace_id = ? and id = ? and status = 'resolved'")
          .params(utc(now), conversation.workspaceId(), conversation.id())
          .update();
      events.publishEvent(
          new ConversationStatusChanged(
              conversation.workspaceId(),
              conversation.id(),
              ConversationStatus.RESOLVED,
              ConversationStatus.CLOSED,
              "reopen window passed",
              now));
    }
    return expired.size();
  }
}
