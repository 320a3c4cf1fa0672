package io.purser.ingest.inbox;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Wakes the pipeline workers as soon as a delivery is committed, instead of waiting for the next
 * poll. Every worker is woken (each drains its own partitions), and a wake that comes while a
 * worker is busy is not lost: the worker remembers the {@link #generation()} it last saw before
 * looking at the inbox and returns at once when it has moved on since.
 */
@Component
class PipelineSignal {

  private final Object lock = new Object();
  private long generation;

  void wake() {
    synchronized (lock) {
      generation++;
      lock.notifyAll();
    }
  }

  /** Take this before looking at the inbox, and pass it to {@link #await(long, Duration)}. */
  long generation() {
    synchronized (lock) {
      return generation;
    }
  }

  /** Waits until woken after {@code seen} was taken, or at most {@code timeout}. */
  void await(long seen, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (generation == seen) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
    }
  }
}
