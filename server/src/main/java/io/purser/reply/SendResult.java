package io.purser.reply;

import java.time.Instant;

/** What happened when a sender handed a reply to a network. */
public sealed interface SendResult {

  /** The network accepted the reply and gave it this id (tweet id, DM event id, mid, wamid, …). */
  record Sent(String externalId) implements SendResult {}

  /**
   * The network is busy or failing (5xx, 429): try again, not before {@code notBefore} (from {@code
   * x-rate-limit-reset}, {@code Retry-After}, or the sender's own back-off).
   */
  record RetryLater(Instant notBefore, String reason) implements SendResult {}

  /**
   * We do not know whether the network posted the reply (timeout, connection cut after the request
   * was written). The reply must not be sent again until it is reconciled.
   */
  record Unknown(String reason) implements SendResult {}

  /** The network refused the reply for good (4xx other than 429), with its own error. */
  record Rejected(String code, String message) implements SendResult {}
}
