package io.purser.ingest;

/**
 * The durable inbox of raw webhook deliveries. {@link #append} returns only once the delivery is
 * committed, so a webhook acknowledges nothing it could lose.
 */
public interface Inbox {

  /**
   * Stores a delivery's raw body durably, in the partition of its customer, and hands its events on
   * to this node's pipeline.
   *
   * @throws NotStoredException when it could not be committed in time
   */
  void append(InboundDelivery delivery);

  /** Why a delivery could not be stored; the webhook answers 503 and the network retries. */
  class NotStoredException extends RuntimeException {
    public NotStoredException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
