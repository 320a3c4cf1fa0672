package io.purser.routing.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * When one intent's volume counts as a surge. The volume of the last {@code window} is compared
 * with what the intent's rate over the {@code baseline} before that window predicts for one window
 * (at least {@code floorPerWindow}, so a quiet night does not make three messages a surge). A surge
 * starts when the window holds at least {@code minimumCount} messages and {@code startRatio} times
 * the expectation, and ends when it falls below {@code endRatio} times it (lower, so a surge that
 * hovers at the threshold does not flap on and off).
 *
 * @param window the recent period whose volume is judged (default 30 minutes)
 * @param baseline the period before the window that sets the normal rate (default 24 hours: a full
 *     day, so the morning peak is compared with a whole day, not with the night before it)
 * @param startRatio how many times the expected volume starts a surge (default 3)
 * @param endRatio below how many times the expected volume it ends (default 1.5)
 * @param minimumCount the fewest messages in the window that can make a surge (default 10)
 * @param floorPerWindow the least volume a window is expected to have (default 2)
 */
public record SurgeThresholds(
    Duration window,
    Duration baseline,
    double startRatio,
    double endRatio,
    int minimumCount,
    double floorPerWindow) {

  public SurgeThresholds {
    Objects.requireNonNull(window, "window is required");
    Objects.requireNonNull(baseline, "baseline is required");
    if (window.isNegative() || window.isZero() || baseline.compareTo(window) < 0) {
      throw new IllegalArgumentException(
          "the window must be positive and the baseline at least as long as the window");
    }
    if (!(startRatio > 1) || !(endRatio > 0) || endRatio > startRatio) {
      throw new IllegalArgumentException(
          "expected startRatio > 1 and 0 < endRatio <= startRatio, not "
              + startRatio
              + " and "
              + endRatio);
    }
    if (minimumCount < 1 || !(floorPerWindow > 0)) {
      throw new IllegalArgumentException("minimumCount and floorPerWindow must be positive");
    }
  }

  public static SurgeThresholds defaults() {
    return new SurgeThresholds(Duration.ofMinutes(30), Duration.ofHours(24), 3.0, 1.5, 10, 2.0);
  }
}
