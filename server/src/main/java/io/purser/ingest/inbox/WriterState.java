package io.purser.ingest.inbox;

import java.time.Instant;

/**
 * How the inbox writer is doing.
 *
 * @param running whether its thread is alive
 * @param failure why its last write failed (described without customer text), or null when it wrote
 *     (or has written nothing yet)
 * @param since when this state began
 */
record WriterState(boolean running, String failure, Instant since) {

  static final WriterState STARTING = new WriterState(true, null, null);

  static WriterState writing(Instant at) {
    return new WriterState(true, null, at);
  }

  static WriterState failing(String failure, Instant at) {
    return new WriterState(true, failure, at);
  }

  static WriterState stopped(WriterState last) {
    return new WriterState(false, last.failure(), last.since());
  }

  /** Whether a delivery appended now would be stored. */
  boolean healthy() {
    return running && failure == null;
  }
}
