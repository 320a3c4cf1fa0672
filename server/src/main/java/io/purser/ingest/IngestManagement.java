package io.purser.ingest;

import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What administrators see of the inbox and may do with it: deliveries by status, the deliveries
 * parked as failed and their replay, and the events of accounts no workspace had registered and
 * their release to the workspace that owns the account now.
 */
public interface IngestManagement {

  /** How many deliveries the inbox holds, by status ({@code pending}, {@code done}, …). */
  Map<String, Long> deliveriesByStatus();

  /** The newest parked deliveries, at most {@code limit}, of any workspace or of none. */
  List<ParkedDelivery> parked(int limit);

  /** The newest parked deliveries that carry an event for an account of the workspace. */
  List<ParkedDelivery> parkedOf(long workspaceId, int limit);

  /**
   * Puts a parked delivery back in the pipeline with fresh attempts. Replaying one that is already
   * waiting again changes nothing, and one that has been processed is not processed twice.
   */
  Replay replay(long deliveryId);

  /** The newest events no workspace could take, at most {@code limit}. */
  List<UnroutableEvent> unroutable(int limit);

  /**
   * Hands an account's unroutable deliveries to the workspace that owns the account now. Processing
   * is idempotent, so the parts of those deliveries that were already handled change nothing.
   */
  Release release(Network network, String accountExternalId);

  /**
   * A parked delivery as administrators see it: never its body, which holds customers' text.
   *
   * @param error why it failed, described without quoting the delivery
   * @param workspaceIds the workspaces its events are for, as far as they can be told
   */
  record ParkedDelivery(
      long id,
      String source,
      Instant receivedAt,
      Instant parkedAt,
      int attempts,
      String error,
      Set<Long> workspaceIds) {}

  /** What a replay found. */
  enum Replay {
    QUEUED,
    NOT_FOUND,
    ALREADY_PROCESSED
  }

  /** An event nobody could take, as administrators see it. */
  record UnroutableEvent(
      long inboxEventId, String network, String accountExternalId, String eventType, Instant at) {}

  /** What a release did. */
  sealed interface Release {
    /** The deliveries went back to the pipeline, to be routed to {@code workspaceId}. */
    record Released(long workspaceId, int deliveries) implements Release {}

    /** No workspace has registered the account: nothing was released. */
    record NoOwner() implements Release {}
  }
}
