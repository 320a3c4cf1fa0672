package io.purser.ingest.inbox;

import io.purser.ingest.IngestManagement.Release;
import io.purser.ingest.IngestManagement.Release.NoOwner;
import io.purser.ingest.IngestManagement.Release.Released;
import io.purser.ingest.routing.UnroutableEvents;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands an account's unroutable deliveries to the workspace that owns the account now, when the
 * installation's operator says so. Registering an account never does this on its own: otherwise
 * whoever registered an id first would read what customers had sent to it before. Processing is
 * idempotent, so the parts of those deliveries that were already handled change nothing.
 */
@Component
class UnroutableRecovery {

  private final UnroutableEvents unroutable;
  private final InboxRows rows;
  private final PipelineSignal signal;
  private final TransactionTemplate transactions;
  private final WorkspaceManagement workspaces;

  UnroutableRecovery(
      UnroutableEvents unroutable,
      InboxRows rows,
      PipelineSignal signal,
      TransactionTemplate transactions,
      WorkspaceManagement workspaces) {
    this.unroutable = unroutable;
    this.rows = rows;
    this.signal = signal;
    this.transactions = transactions;
    this.workspaces = workspaces;
  }

  Release release(Network network, String accountExternalId) {
    var owner = workspaces.findAccount(network, accountExternalId);
    if (owner.isEmpty()) {
      return new NoOwner();
    }
    var deliveries =
        transactions.execute(
            tx -> {
              var ids = unroutable.resolve(network, accountExternalId);
              rows.requeue(ids);
              return ids.size();
            });
    signal.wake();
    return new Released(owner.get().workspaceId(), deliveries);
  }
}
