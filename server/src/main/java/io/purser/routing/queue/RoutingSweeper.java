package io.purser.routing.queue;

import io.purser.NodeDuties;
import io.purser.routing.agent.Inactivity;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What routing does as time passes: waiting conversations are scored again (their SLA deadline
 * comes closer, so their priority rises), and available agents who have been inactive too long are
 * set away, their conversations going back to the queue.
 */
@Component
class RoutingSweeper {

  private static final int BATCH = 500;
  private static final Duration RESCORE_AFTER = Duration.ofSeconds(10);

  private final QueueEntries queue;
  private final Prioritiser prioritiser;
  private final Inactivity inactivity;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final NodeDuties duties;

  RoutingSweeper(
      QueueEntries queue,
      Prioritiser prioritiser,
      Inactivity inactivity,
      Clock clock,
      TransactionTemplate transactions,
      NodeDuties duties) {
    this.queue = queue;
    this.prioritiser = prioritiser;
    this.inactivity = inactivity;
    this.clock = clock;
    this.transactions = transactions;
    this.duties = duties;
  }

  @Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT5S")
  void sweep() {
    if (duties.mine("routing-sweep")) {
      rescore();
      inactivity.setInactiveAgentsAway();
    }
  }

  /**
   * Scores again the waiting conversations not scored in the last 10 seconds, in one transaction
   * (one commit for the batch, not one per row). When a row is busy (the pipeline holds it in its
   * transaction right now and scores it itself) the batch fails; the rows are then scored one at a
   * time, as one busy row must not stop the others, and the busy one is left for the next sweep.
   */
  int rescore() {
    var now = clock.instant();
    var due = new ArrayList<QueueEntry>();
    for (var entry : queue.waiting(BATCH)) {
      if (entry.priorityAt() != null && entry.priorityAt().plus(RESCORE_AFTER).isAfter(now)) {
        break;
      }
      due.add(entry);
    }
    if (due.isEmpty()) {
      return 0;
    }
    try {
      transactions.executeWithoutResult(status -> prioritiser.refreshAll(due, now, false));
      return due.size();
    } catch (DataAccessException busy) {
      int rescored = 0;
      for (var entry : due) {
        try {
          prioritiser.refreshAll(List.of(entry), now, false);
          rescored++;
        } catch (DataAccessException stillBusy) {
          // Left for the next sweep.
        }
      }
      return rescored;
    }
  }
}
