package io.purser.ingest;

import io.purser.workspace.ChannelAccountRegistered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When an account is registered, its deliveries that were unroutable are processed again.
 * Processing is idempotent, so the parts of those deliveries that were already handled change
 * nothing.
 */
@Component
class UnroutableRecovery {

  private final UnroutableEvents unroutable;
  private final InboxRows rows;
  private final PipelineSignal signal;
  private final TransactionTemplate transactions;

  UnroutableRecovery(
      UnroutableEvents unroutable,
      InboxRows rows,
      PipelineSignal signal,
      TransactionTemplate transactions) {
    this.unroutable = unroutable;
    this.rows = rows;
    this.signal = signal;
    this.transactions = transactions;
  }

  @TransactionalEventListener
  void on(ChannelAccountRegistered registered) {
    transactions.executeWithoutResult(
        tx -> rows.requeue(unroutable.resolve(registered.network(), registered.externalId())));
    signal.wake();
  }
}
