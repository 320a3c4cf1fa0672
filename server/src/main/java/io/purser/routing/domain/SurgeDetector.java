package io.purser.routing.domain;

import io.purser.triage.Intent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Notices, message by message, when one intent's volume jumps far above its own baseline (see
 * {@link SurgeThresholds}). Feed it every message that needs a response ({@link #observe}) and let
 * time pass ({@link #advanceTo}); both return the surges that started or ended. Memory is bounded
 * by the messages of one baseline period. Not thread-safe: one detector per workspace, fed in
 * order.
 *
 * <p>Time only moves forward: a message stamped before the latest instant seen is counted at that
 * instant (it is arriving now, as far as the care team can tell), and advancing to the past does
 * nothing.
 */
public final class SurgeDetector {

  private final SurgeThresholds thresholds;
  private final Map<Intent, Series> series = new EnumMap<>(Intent.class);
  private final Map<Intent, Surge> active = new EnumMap<>(Intent.class);
  private Instant clock;
  private Instant firstObservation;

  public SurgeDetector(SurgeThresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds are required");
  }

  public static SurgeDetector withDefaults() {
    return new SurgeDetector(SurgeThresholds.defaults());
  }

  /** Counts one message of {@code intent} arriving at {@code at}; returns what changed. */
  public List<SurgeEvent> observe(Intent intent, Instant at) {
    Objects.requireNonNull(intent, "intent is required");
    Objects.requireNonNull(at, "at is required");
    var events = new ArrayList<>(advanceTo(at));
    if (firstObservation == null) {
      firstObservation = clock;
    }
    var intentSeries = series.computeIfAbsent(intent, i -> new Series());
    intentSeries.recent.addLast(clock);
    evaluate(intent, intentSeries).ifPresent(events::add);
    return events;
  }

  /** Lets time pass until {@code now}; returns the surges that started or ended meanwhile. */
  public List<SurgeEvent> advanceTo(Instant now) {
    Objects.requireNonNull(now, "now is required");
    if (clock != null && now.isBefore(clock)) {
      return List.of();
    }
    clock = now;
    var events = new ArrayList<SurgeEvent>();
    series.forEach((intent, s) -> evaluate(intent, s).ifPresent(events::add));
    return events;
  }

  /** The surges under way at the latest instant seen, by intent. */
  public List<Surge> active() {
    return List.copyOf(active.values());
  }

  private Optional<SurgeEvent> evaluate(Intent intent, Series s) {
    s.slide(clock, thresholds);
    int count = s.recent.size();
    double ratio = count / expected(s);
    var current = active.get(intent);
    if (current == null) {
      if (count >= thresholds.minimumCount() && ratio >= thresholds.startRatio()) {
        var surge =
            new Surge(intent, s.recent.peekFirst(), clock, count, ratio, thresholds.window());
        active.put(intent, surge);
        return Optional.of(new SurgeEvent.SurgeStarted(surge));
      }
      return Optional.empty();
    }
    var updated = current.update(count, ratio);
    if (ratio < thresholds.endRatio()) {
      active.remove(intent);
      return Optional.of(new SurgeEvent.SurgeEnded(updated, clock));
    }
    active.put(intent, updated);
    return Optional.empty();
  }

  /**
   * The volume one window is expected to hold: the baseline's rate over the history actually seen
   * (at most one baseline period), never below the floor. With less than one window of history
   * there is no baseline yet, and nothing can be a surge: a detector that just started would
   * otherwise take the first busy half hour for one.
   */
  private double expected(Series s) {
    var windowStart = clock.minus(thresholds.window());
    var historyStart = windowStart.minus(thresholds.baseline());
    if (firstObservation.isAfter(historyStart)) {
      historyStart = firstObservation;
    }
    long historySeconds = Duration.between(historyStart, windowStart).toSeconds();
    if (historySeconds < thresholds.window().toSeconds()) {
      return Double.POSITIVE_INFINITY;
    }
    double fromHistory = s.older.size() * (double) thresholds.window().toSeconds() / historySeconds;
    return Math.max(thresholds.floorPerWindow(), fromHistory);
  }

  /** One intent's arrival times: those in the window, and those in the baseline before it. */
  private static final class Series {
    final ArrayDeque<Instant> recent = new ArrayDeque<>();
    final ArrayDeque<Instant> older = new ArrayDeque<>();

    void slide(Instant now, SurgeThresholds thresholds) {
      var windowStart = now.minus(thresholds.window());
      while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
        older.addLast(recent.removeFirst());
      }
      var historyStart = windowStart.minus(thresholds.baseline());
      while (!older.isEmpty() && !older.peekFirst().isAfter(historyStart)) {
        older.removeFirst();
      }
    }
  }
}
