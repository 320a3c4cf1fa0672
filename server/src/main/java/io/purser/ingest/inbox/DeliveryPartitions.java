package io.purser.ingest.inbox;

import io.purser.ingest.InboundDelivery;
import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.InboundMessage;

/**
 * The partition of a delivery, chosen when it is appended so that one customer's deliveries always
 * land in the same partition, and so reach the same pipeline worker in arrival order.
 *
 * <p>The customer is that of the delivery's first event: the author of a customer's message; for a
 * message of the brand itself, the customer it was sent to (else its author, the brand); for other
 * events the brand's account. The key is the network and the customer's id, not the account, since
 * a workspace's accounts on one network share their contacts. A body its channel could not read
 * goes to partition 0: the pipeline parks it as failed.
 *
 * <p>{@link #PARTITIONS} is stored with every delivery, so it must never change; the number of
 * workers may (worker {@code i} of {@code n} takes the partitions {@code p % n == i}).
 */
public final class DeliveryPartitions {

  public static final int PARTITIONS = 64;

  private DeliveryPartitions() {}

  public static int of(InboundDelivery delivery) {
    var events = delivery.events();
    return events == null || events.isEmpty() ? 0 : of(events.get(0));
  }

  static int of(InboundEvent event) {
    return partition(event.network().wireName() + ':' + customerOf(event));
  }

  static String customerOf(InboundEvent event) {
    if (event instanceof InboundMessage m) {
      if (m.fromAccount() && m.counterpart() != null && m.counterpart().externalId() != null) {
        return m.counterpart().externalId();
      }
      if (m.author() != null && m.author().externalId() != null) {
        return m.author().externalId();
      }
      // Threading gives an anonymous author a customer of its own per thread.
      return "unknown:" + (m.threadExternalId() != null ? m.threadExternalId() : m.externalId());
    }
    return event.accountExternalId();
  }

  static int partition(String key) {
    // String.hashCode is specified, so the same customer maps to the same partition on every node
    // and after every restart; the finaliser of MurmurHash3 spreads ids that differ in few digits.
    int h = key.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return Math.floorMod(h, PARTITIONS);
  }
}
