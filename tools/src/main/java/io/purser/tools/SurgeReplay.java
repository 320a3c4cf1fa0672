package io.purser.tools;

import io.purser.routing.domain.Surge;
import io.purser.routing.domain.SurgeDetector;
import io.purser.routing.domain.SurgeEvent;
import io.purser.routing.domain.SurgeThresholds;
import io.purser.triage.Intent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The surge detector run over the replayed arrivals, as it would have run live: fed every message
 * triage says needs a response, with triage's intent. The same rule run over the labellers'
 * "Cancelled Flight" tweets gives the reference the detector is checked against.
 */
record SurgeReplay(List<SurgeReplay.Episode> episodes) {

  /** One surge from detection to its end ({@code null} when still on at the end of the data). */
  record Episode(Surge surge, Instant endedAt) {
    boolean covers(Instant t) {
      return !t.isBefore(surge.detectedAt()) && (endedAt == null || t.isBefore(endedAt));
    }
  }

  /** The detector fed with triage's intents of the messages that need a response. */
  static SurgeReplay detect(List<SimulatedArrival> arrivals, SurgeThresholds thresholds) {
    return replay(arrivals, SimulatedArrival::needsResponse, a -> a.triage().intent(), thresholds);
  }

  /** The same rule over the human labels: every tweet labelled "Cancelled Flight". */
  static SurgeReplay labelledCancellations(
      List<SimulatedArrival> arrivals, SurgeThresholds thresholds) {
    return replay(
        arrivals, SimulatedArrival::labelledCancellation, a -> Intent.CANCELLATION, thresholds);
  }

  private static SurgeReplay replay(
      List<SimulatedArrival> arrivals,
      Predicate<SimulatedArrival> counted,
      Function<SimulatedArrival, Intent> intent,
      SurgeThresholds thresholds) {
    var detector = new SurgeDetector(thresholds);
    var episodes = new ArrayList<Episode>();
    for (var arrival : arrivals) {
      if (counted.test(arrival)) {
        record(detector.observe(intent.apply(arrival), arrival.at()), episodes);
      }
    }
    if (!arrivals.isEmpty()) {
      var end = arrivals.get(arrivals.size() - 1).at().plus(thresholds.window());
      record(detector.advanceTo(end), episodes);
    }
    return new SurgeReplay(List.copyOf(episodes));
  }

  private static void record(List<SurgeEvent> events, List<Episode> episodes) {
    for (var event : events) {
      if (event instanceof SurgeEvent.SurgeEnded ended) {
        close(episodes, ended);
      } else {
        episodes.add(new Episode(event.surge(), null));
      }
    }
  }

  private static void close(List<Episode> episodes, SurgeEvent.SurgeEnded ended) {
    for (int i = episodes.size() - 1; i >= 0; i--) {
      var episode = episodes.get(i);
      if (episode.endedAt() == null && episode.surge().intent() == ended.surge().intent()) {
        episodes.set(i, new Episode(episode.surge(), ended.endedAt()));
        return;
      }
    }
  }

  boolean anyActiveAt(Instant t) {
    for (var episode : episodes) {
      if (episode.covers(t)) {
        return true;
      }
    }
    return false;
  }

  /** The first surge of {@code intent} detected at or after {@code from}. */
  Optional<Episode> firstFrom(Intent intent, Instant from) {
    return episodes.stream()
        .filter(e -> e.surge().intent() == intent && !e.surge().detectedAt().isBefore(from))
        .findFirst();
  }

  /** The surge of {@code intent} under way at {@code t}, if any. */
  Optional<Episode> activeAt(Intent intent, Instant t) {
    return episodes.stream().filter(e -> e.surge().intent() == intent && e.covers(t)).findFirst();
  }
}
