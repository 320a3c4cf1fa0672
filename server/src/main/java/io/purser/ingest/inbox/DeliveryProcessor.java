package io.purser.ingest.inbox;

import io.purser.FailureDescription;
import io.purser.ingest.InboundEvent;
import io.purser.ingest.IngestSettings;
import io.purser.ingest.MalformedPayloadException;
import io.purser.ingest.routing.InboundEventRouter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes claimed deliveries: read their events, route every event, mark done — all in one
 * transaction, so a crash at any point leaves the delivery pending and a retry finds it whole. A
 * batch that fails is retried one delivery at a time, so one poisonous delivery cannot hold up the
 * others; after the allowed attempts it is parked as failed with its error.
 *
 * <p>Several workers call it at once, each for its own partitions. Two of them may race to create
 * the same row (a customer named in a delivery of another customer's partition): the loser's batch
 * fails on the unique key and is retried one by one, and the retry finds the winner's row.
 */
@Component
class DeliveryProcessor {

  private static final Logger log = LoggerFactory.getLogger(DeliveryProcessor.class);

  private final InboxRows rows;
  private final InboundEventRouter router;
  private final DeliveryReader reader;
  private final TransactionTemplate transactions;
  private final TransactionTemplate savepoints;
  private final IngestSettings settings;

  DeliveryProcessor(
      InboxRows rows,
      InboundEventRouter router,
      DeliveryReader reader,
      TransactionTemplate transactions,
      IngestSettings settings) {
    this.rows = rows;
    this.router = router;
    this.reader = reader;
    this.transactions = transactions;
    this.savepoints = new TransactionTemplate(transactions.getTransactionManager());
    this.savepoints.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.settings = settings;
  }

  /**
   * Processes the next batch of worker {@code worker} of {@code workers}; returns how many
   * deliveries it took (0 when its partitions are empty).
   */
  int processNextBatch(int worker, int workers) {
    try {
      var done =
          transactions.execute(
              tx -> processClaimed(rows.claim(settings.batchSize(), worker, workers)));
      return done == null ? 0 : done;
    } catch (RuntimeException | Error batchFailure) {
      // An Error too (a stack overflow on absurd nesting, memory running out on one huge
      // delivery): the transaction rolled back, and one by one the culprit is parked.
      log.warn(
          "A batch of worker {} failed ({}); retrying its deliveries one by one",
          worker,
          FailureDescription.of(batchFailure));
      return processOneByOne(worker, workers);
    }
  }

  private record Parsed(long deliveryId, List<InboundEvent> events) {}

  private int processClaimed(List<StoredDelivery> claimed) {
    var parsed = new ArrayList<Parsed>(claimed.size());
    for (var delivery : claimed) {
      var events = parse(delivery);
      if (events != null) {
        parsed.add(new Parsed(delivery.id(), events));
      }
    }
    // The batch's messages are recorded set-based (redeliveries found with one query, new rows
    // written with JDBC batches), in the order they came.
    var batch = router.batch();
    var finished = new ArrayList<Long>(parsed.size());
    for (var delivery : parsed) {
      for (var event : delivery.events()) {
        batch.route(delivery.deliveryId(), event);
      }
      finished.add(delivery.deliveryId());
    }
    batch.flush();
    rows.markDone(finished);
    return claimed.size();
  }

  /** The delivery's events; null when it was parked as malformed. */
  private List<InboundEvent> parse(StoredDelivery delivery) {
    try {
      var events = reader.eventsOf(delivery);
      if (events == null) {
        rows.recordFailure(delivery.id(), "no parser for source " + delivery.source(), true);
      }
      return events;
    } catch (MalformedPayloadException e) {
      log.warn("Delivery {} is malformed; parked as failed", delivery.id());
      rows.recordFailure(delivery.id(), malformed(e), true);
      return null;
    }
  }

  /** Our parsers' own words name the envelope they expected; a JSON parser's quote the body. */
  private static String malformed(MalformedPayloadException e) {
    return "malformed: "
        + (e.getCause() == null ? e.getMessage() : FailureDescription.of(e.getCause()));
  }

  /**
   * Claims the next batch again and processes each delivery in a nested transaction (a savepoint),
   * so the claim keeps holding the partitions throughout. A delivery that fails is recorded, and
   * the later deliveries of its partition wait for the next round: a customer's messages are never
   * processed past one of theirs that may yet succeed. Once parked, it no longer holds them up.
   */
  private int processOneByOne(int worker, int workers) {
    var done =
        transactions.execute(
            tx -> {
              var claimed = rows.claim(settings.batchSize(), worker, workers);
              var heldUp = new HashSet<Integer>();
              for (var delivery : claimed) {
                if (!heldUp.contains(delivery.partition())) {
                  processAlone(delivery, heldUp);
                }
              }
              return claimed.size();
            });
    return done == null ? 0 : done;
  }

  private void processAlone(StoredDelivery delivery, Set<Integer> heldUp) {
    try {
      processInSavepoint(delivery);
    } catch (RuntimeException | Error e) {
      if (DatabaseOutage.causedBy(e)) {
        // Not the delivery's fault: it stays pending, and the pipeline backs off.
        throw e;
      }
      boolean giveUp = delivery.attempts() + 1 >= settings.maxAttempts();
      // Ids and exception classes only: messages of database and parser errors quote the body.
      var why = FailureDescription.of(e);
      log.error(
          "Delivery {} failed (attempt {}{}): {}",
          delivery.id(),
          delivery.attempts() + 1,
          giveUp ? ", parked as failed" : "",
          why);
      rows.recordFailure(delivery.id(), why, giveUp);
      if (!giveUp) {
        heldUp.add(delivery.partition());
      }
    }
  }

  /**
   * One delivery in a savepoint of its own. Losing a race with another worker (a unique key, a
   * deadlock) is not the delivery's fault: it is tried once more at once, and then finds the row
   * the other worker committed.
   */
  private void processInSavepoint(StoredDelivery delivery) {
    try {
      savepoints.executeWithoutResult(tx -> processClaimed(List.of(delivery)));
    } catch (DuplicateKeyException | PessimisticLockingFailureException raced) {
      log.info(
          "Delivery {} raced another worker ({}); trying again",
          delivery.id(),
          FailureDescription.of(raced));
      savepoints.executeWithoutResult(tx -> processClaimed(List.of(delivery)));
    }
  }
}
