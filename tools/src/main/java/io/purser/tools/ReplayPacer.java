package io.purser.tools;

import java.time.Duration;
import java.time.Instant;

/**
 * Keeps a replay to the dataset's own rhythm: each post is sent when the real gap since the first
 * post, divided by the speed, has passed. Speed 0 sends as fast as possible.
 */
final class ReplayPacer {

  private final double speed;
  private Instant firstPost;
  private long startNanos;

  ReplayPacer(double speed) {
    if (speed < 0 || Double.isNaN(speed)) {
      throw new IllegalArgumentException("the speed must be 0 (no pacing) or more, not " + speed);
    }
    this.speed = speed;
  }

  /** Waits until the post created at {@code createdAt} is due. */
  void awaitTurn(Instant createdAt) throws InterruptedException {
    long due = dueInNanos(createdAt, System.nanoTime());
    if (due > 0) {
      Thread.sleep(due / 1_000_000, (int) (due % 1_000_000));
    }
  }

  /** How long from {@code nowNanos} until the post is due; 0 or less when it is due already. */
  long dueInNanos(Instant createdAt, long nowNanos) {
    if (firstPost == null) {
      firstPost = createdAt;
      startNanos = nowNanos;
    }
    if (speed == 0) {
      return 0;
    }
    long gap = Math.max(0, Duration.between(firstPost, createdAt).toNanos());
    return startNanos + (long) (gap / speed) - nowNanos;
  }
}
