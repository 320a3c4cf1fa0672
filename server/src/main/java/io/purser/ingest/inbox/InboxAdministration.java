package io.purser.ingest.inbox;

import io.purser.ingest.IngestManagement;
import io.purser.ingest.routing.UnroutableEvents;
import io.purser.workspace.Network;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox as administrators see it, from its stores. */
@Service
class InboxAdministration implements IngestManagement {

  private final InboxRows rows;
  private final ParkedDeliveries parked;
  private final UnroutableEvents unroutable;
  private final UnroutableRecovery recovery;

  InboxAdministration(
      InboxRows rows,
      ParkedDeliveries parked,
      UnroutableEvents unroutable,
      UnroutableRecovery recovery) {
    this.rows = rows;
    this.parked = parked;
    this.unroutable = unroutable;
    this.recovery = recovery;
  }

  @Override
  public Map<String, Long> deliveriesByStatus() {
    return rows.countByStatus();
  }

  @Override
  public List<ParkedDelivery> parked(int limit) {
    return parked.newest(limit);
  }

  @Override
  public List<ParkedDelivery> parkedOf(long workspaceId, int limit) {
    return parked.newestOf(workspaceId, limit);
  }

  @Override
  @Transactional
  public Replay replay(long deliveryId) {
    return parked.replay(deliveryId);
  }

  @Override
  public List<UnroutableEvent> unroutable(int limit) {
    return unroutable.open(limit);
  }

  @Override
  public Release release(Network network, String accountExternalId) {
    return recovery.release(network, accountExternalId);
  }
}
