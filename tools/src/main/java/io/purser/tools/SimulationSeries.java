package io.purser.tools;

import java.time.Duration;
import java.time.Instant;

/**
 * A run's queue and SLA over time: the most conversations waiting in each 10-minute slot, and per
 * hour of arrival how many needed a response and how many of those got it within the SLA.
 */
final class SimulationSeries {

  static final Duration SLOT = Duration.ofMinutes(10);

  private final Instant origin;
  private int[] waiting = new int[0];
  private int[] arrivedByHour = new int[0];
  private int[] withinByHour = new int[0];

  SimulationSeries(Instant origin) {
    this.origin = origin;
  }

  Instant origin() {
    return origin;
  }

  void waiting(Instant at, int count) {
    int slot = index(at, SLOT);
    waiting = grow(waiting, slot);
    waiting[slot] = Math.max(waiting[slot], count);
  }

  void answered(Instant arrivedAt, boolean withinSla) {
    int hour = index(arrivedAt, Duration.ofHours(1));
    arrivedByHour = grow(arrivedByHour, hour);
    withinByHour = grow(withinByHour, hour);
    arrivedByHour[hour]++;
    withinByHour[hour] += withinSla ? 1 : 0;
  }

  int[] waitingBySlot() {
    return waiting.clone();
  }

  /** The share answered within the SLA per hour of arrival; -1 for an hour with no arrival. */
  double[] withinShareByHour() {
    var shares = new double[arrivedByHour.length];
    for (int h = 0; h < shares.length; h++) {
      shares[h] = arrivedByHour[h] == 0 ? -1 : (double) withinByHour[h] / arrivedByHour[h];
    }
    return shares;
  }

  private int index(Instant at, Duration step) {
    return (int) Math.max(0, Duration.between(origin, at).toSeconds() / step.toSeconds());
  }

  private static int[] grow(int[] values, int index) {
    if (index < values.length) {
      return values;
    }
    return java.util.Arrays.copyOf(values, Math.max(index + 1, values.length * 2));
  }
}
