package io.purser.channels.outbound;

import io.purser.reply.SendResult;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Instant;
import javax.net.ssl.SSLHandshakeException;

/**
 * Tells apart the I/O failures after which a network cannot have received our request from those
 * after which it may have posted. Only the first kind may be retried blindly.
 */
public final class TransportFailure {

  private TransportFailure() {}

  /**
   * True when the failure happened before a byte of the request left: no connection, no address, no
   * TLS session. Everything else (timeouts, resets, truncated answers) is treated as "maybe sent",
   * because the network may have acted on it before the connection broke.
   */
  public static boolean nothingWasSent(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof NoRouteToHostException
          || cause instanceof UnknownHostException
          || cause instanceof UnresolvedAddressException
          || cause instanceof HttpConnectTimeoutException
          || cause instanceof SSLHandshakeException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The send's outcome after an I/O failure: retry when nothing can have reached the network,
   * otherwise unknown — the reply waits for the network's echo before it is ever sent again.
   */
  public static SendResult outcome(Throwable failure, String network, Instant retryAt) {
    if (nothingWasSent(failure)) {
      return new SendResult.RetryLater(retryAt, network + " unreachable: " + describe(failure));
    }
    return new SendResult.Unknown(
        "no answer from " + network + " after the request was sent: " + describe(failure));
  }

  /** The innermost cause, without the URL wrappers add, for the outbox's delivery status. */
  public static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null
        ? root.getClass().getSimpleName()
        : root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
