package io.purser.ingest.inbox;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** Runs the callbacks of transactions, nested ones too, without a database. */
final class NoTransactions extends AbstractPlatformTransactionManager {

  NoTransactions() {
    setNestedTransactionAllowed(true);
  }

  @Override
  protected boolean useSavepointForNestedTransaction() {
    return false;
  }

  @Override
  protected Object doGetTransaction() {
    return new Object();
  }

  @Override
  protected void doBegin(Object transaction, TransactionDefinition definition) {}

  @Override
  protected void doCommit(DefaultTransactionStatus status) {}

  @Override
  protected void doRollback(DefaultTransactionStatus status) {}
}
