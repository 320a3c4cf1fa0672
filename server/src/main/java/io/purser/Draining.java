package io.purser;

import java.time.Duration;
import java.util.List;

/**
 * How a node's worker threads stop when it shuts down: each is told to stop taking work (by the
 * caller, before this), woken, and given time to finish what it holds, so a batch of deliveries or
 * a reply being sent completes instead of being cut off and redone by another node. Only a thread
 * still busy after the grace period is interrupted. Shared by the modules' worker loops.
 */
public final class Draining {

  /** Within Spring's 30 s per shutdown phase; a batch or a send takes well under a second. */
  public static final Duration GRACE = Duration.ofSeconds(20);

  private Draining() {}

  /**
   * Waits for the threads to end, at most {@code grace} in all, after calling {@code wake} (which
   * should release threads waiting for work); interrupts those still running then.
   *
   * @return whether every thread ended of its own accord
   */
  public static boolean drain(List<Thread> threads, Runnable wake, Duration grace) {
    wake.run();
    long deadline = System.nanoTime() + grace.toNanos();
    try {
      for (var thread : threads) {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          thread.join(Math.max(1, left / 1_000_000));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    boolean finished = true;
    for (var thread : threads) {
      if (thread.isAlive()) {
        finished = false;
        thread.interrupt();
      }
    }
    return finished;
  }
}
