package io.purser.reports.model;

import io.purser.conversation.ConversationEvents.ConversationStarted;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The conversations started in the current transaction, written as one JDBC batch rather than a
 * statement each: the pipeline starts up to a batch of conversations per transaction, and a
 * round-trip per conversation made its commits late. They are written before any other change of
 * the model in the transaction ({@link #flush}) and, at the latest, just before it commits.
 */
@Component
class StartedConversations {

  /** A conversation's start, with the zone its local day and hour are counted in. */
  record Started(ConversationStarted event, ZoneId zone) {}

  private final ReportRows rows;

  StartedConversations(ReportRows rows) {
    this.rows = rows;
  }

  void add(ConversationStarted event, ZoneId zone) {
    var started = new Started(event, zone);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      rows.started(List.of(started));
      return;
    }
    pending().add(started);
  }

  /** Writes the starts waiting in this transaction. */
  void flush() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    @SuppressWarnings("unchecked")
    var waiting = (List<Started>) TransactionSynchronizationManager.getResource(this);
    if (waiting != null && !waiting.isEmpty()) {
      rows.started(List.copyOf(waiting));
      waiting.clear();
    }
  }

  @SuppressWarnings("unchecked")
  private List<Started> pending() {
    var waiting = (List<Started>) TransactionSynchronizationManager.getResource(this);
    if (waiting == null) {
      var created = new ArrayList<Started>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              flush();
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(StartedConversations.this);
            }
          });
      return created;
    }
    return waiting;
  }
}
