package io.purser.routing.queue;

import io.purser.conversation.ConversationEvents.CustomerMessageRecorded;
import io.purser.conversation.ConversationEvents.CustomerMessagesRecorded;
import io.purser.routing.agent.Ownership;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Customers wrote: each conversation is queued with its message's triage and a fresh priority, and
 * one whose owner has gone away goes back to the queue. One locked read of the rows, one JDBC batch
 * each to update and to insert them; a single message is a batch of one.
 */
@Component
class QueueArrivals {

  private final QueueEntries entries;
  private final QueueRows rows;
  private final Prioritiser prioritiser;
  private final ArrivalSignals signals;
  private final Ownership owners;
  private final Clock clock;

  QueueArrivals(
      QueueEntries entries,
      QueueRows rows,
      Prioritiser prioritiser,
      ArrivalSignals signals,
      Ownership owners,
      Clock clock) {
    this.entries = entries;
    this.rows = rows;
    this.prioritiser = prioritiser;
    this.signals = signals;
    this.owners = owners;
    this.clock = clock;
  }

  void customersWrote(CustomerMessagesRecorded batch) {
    batch.byWorkspace().forEach(this::customersWrote);
  }

  private void customersWrote(long ws, List<CustomerMessageRecorded> messages) {
    var locked =
        entries.lockAll(
            ws, messages.stream().map(CustomerMessageRecorded::conversationId).distinct().toList());
    var now = clock.instant();
    var teamIds = new HashMap<String, Long>();
    // A conversation's messages apply in the order they came, each to the row the one before left;
    // only its last row is written.
    var written = new LinkedHashMap<Long, QueueRows.Written>();
    for (var m : messages) {
      var previous = written.get(m.conversationId());
      var entry =
          QueueEntry.afterCustomerWrote(
              previous != null ? previous.entry() : locked.get(m.conversationId()),
              ws,
              m.conversationId(),
              signals.of(m, teamIds),
              m.createdAt());
      written.put(
          m.conversationId(),
          new QueueRows.Written(entry, prioritiser.score(entry, now), now, m.createdAt()));
    }
    write(locked.keySet(), written.values());
    owners.customersWaiting(ws, written.values().stream().map(QueueRows.Written::entry).toList());
  }

  /** Updates the rows that were there, inserts the others: one JDBC batch each. */
  private void write(Set<Long> existing, Collection<QueueRows.Written> written) {
    var updates = new ArrayList<QueueRows.Written>();
    var inserts = new ArrayList<QueueRows.Written>();
    for (var row : written) {
      (existing.contains(row.entry().conversationId()) ? updates : inserts).add(row);
    }
    rows.updateAll(updates);
    rows.insertAll(inserts);
  }
}
