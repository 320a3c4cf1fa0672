package io.purser.ingest;

/** A webhook body that is not JSON, or not the envelope its network documents. */
public class MalformedPayloadException extends RuntimeException {

  public MalformedPayloadException(String message) {
    super(message);
  }

  public MalformedPayloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
