package io.purser.tools;

import io.purser.routing.domain.SurgeThresholds;
import io.purser.triage.Intent;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Checks the surge detector on the storm of 22–23 February 2015 (winter storm, many cancelled
 * flights). The reference start comes from the human labels, not from triage: the first instant on
 * those two days at which the tweets labelled "Cancelled Flight" in the last 30 minutes number at
 * least 10 and at least {@link #REFERENCE_RATIO} times their rate over the previous 24 hours (the
 * detector's rule with a stricter ratio: at 3× the labels also mark a small bump at 08:15 local on
 * the 22nd, before the storm's jump at noon). The detector, fed live with triage's intents at its
 * default 3×, is on time when it raises its cancellation surge within 15 minutes of that instant
 * (or before it).
 *
 * @param labelledStart the reference start, {@code null} when the data has no such surge
 * @param detectedAt when the detector raised its cancellation surge, {@code null} if it did not
 */
record StormCheck(Instant labelledStart, Instant detectedAt) {

  static final Instant STORM_FROM = OffsetDateTime.parse("2015-02-22T00:00:00-08:00").toInstant();
  static final Instant STORM_UNTIL = OffsetDateTime.parse("2015-02-24T00:00:00-08:00").toInstant();
  static final Duration ON_TIME = Duration.ofMinutes(15);
  static final double REFERENCE_RATIO = 4.0;

  static StormCheck of(
      List<SimulatedArrival> arrivals, SurgeReplay detected, SurgeThresholds thresholds) {
    var reference =
        new SurgeThresholds(
            thresholds.window(),
            thresholds.baseline(),
            REFERENCE_RATIO,
            thresholds.endRatio(),
            thresholds.minimumCount(),
            thresholds.floorPerWindow());
    var labelled = SurgeReplay.labelledCancellations(arrivals, reference);
    var start =
        labelled
            .firstFrom(Intent.CANCELLATION, STORM_FROM)
            .map(e -> e.surge().detectedAt())
            .filter(t -> t.isBefore(STORM_UNTIL));
    if (start.isEmpty()) {
      return new StormCheck(null, null);
    }
    var active = detected.activeAt(Intent.CANCELLATION, start.get());
    var episode =
        active.isPresent() ? active : detected.firstFrom(Intent.CANCELLATION, start.get());
    return new StormCheck(start.get(), episode.map(e -> e.surge().detectedAt()).orElse(null));
  }

  /** Minutes from the reference start to detection; negative when the detector was earlier. */
  Double delayMinutes() {
    if (labelledStart == null || detectedAt == null) {
      return null;
    }
    return Duration.between(labelledStart, detectedAt).toSeconds() / 60.0;
  }

  boolean onTime() {
    var delay = delayMinutes();
    return delay != null && delay <= ON_TIME.toMinutes();
  }
}
