package io.purser.reply;

/**
 * What a network's own records say about a reply whose send outcome is unknown (timed out, cut
 * connection, result lost). Only {@link Absent} may lead to sending again, and only once.
 */
public sealed interface Reconciliation {

  /** The network has the reply: it was posted, with this id. */
  record Found(String externalId) implements Reconciliation {}

  /** The network answered the look-up and does not have the reply. */
  record Absent() implements Reconciliation {}

  /** The look-up failed or cannot decide yet (the network is down, an echo may still come). */
  record CannotTell(String reason) implements Reconciliation {}

  /**
   * The network offers no way to find the reply (WhatsApp without the wamid): only a person can
   * decide whether to send it again.
   */
  record Unverifiable(String reason) implements Reconciliation {}
}
