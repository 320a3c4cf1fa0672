package io.purser.airline;

/**
 * The airline's system could not be asked, failed, or answered something we cannot read. For a
 * changing call, {@link Kind#TIMEOUT} means the outcome is unknown: repeat it with the same
 * idempotency key, which never changes the booking twice.
 */
public class AirlineUnavailable extends RuntimeException {

  /** How the call failed. */
  public enum Kind {
    NOT_CONFIGURED,
    TIMEOUT,
    UNREACHABLE,
    FAILED,
    MALFORMED
  }

  private final Kind kind;

  public AirlineUnavailable(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public AirlineUnavailable(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status that describes the failure: 503 not configured, 504 timed out, else 502. */
  public int httpStatus() {
    return switch (kind) {
      case NOT_CONFIGURED -> 503;
      case TIMEOUT -> 504;
      case UNREACHABLE, FAILED, MALFORMED -> 502;
    };
  }
}
