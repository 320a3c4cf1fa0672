package io.purser.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.triage.Intent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurgeDetectorTest {

  static final Instant MIDNIGHT = Instant.parse("2015-02-22T08:00:00Z");

  final SurgeDetector detector = SurgeDetector.withDefaults();
  final List<SurgeEvent> events = new ArrayList<>();

  /** {@code count} messages of {@code intent} spread evenly over {@code span} from {@code from}. */
  void feed(Intent intent, Instant from, Duration span, int count) {
    for (int i = 0; i < count; i++) {
      events.addAll(detector.observe(intent, from.plus(span.multipliedBy(i).dividedBy(count))));
    }
  }

  @Test
  void detectsACancellationStormWithinMinutesAgainstADayOfNormalTraffic() {
    for (int minute = 0; minute < 24 * 60; minute++) { // 2 cancellations, 4 delays per 30 min
      var at = MIDNIGHT.plus(Duration.ofMinutes(minute));
      if (minute % 15 == 0) {
        events.addAll(detector.observe(Intent.CANCELLATION, at));
      }
      if (minute % 7 == 0) {
        events.addAll(detector.observe(Intent.DELAY, at));
      }
    }
    var stormStart = MIDNIGHT.plus(Duration.ofHours(24));

    feed(Intent.CANCELLATION, stormStart, Duration.ofMinutes(30), 60); // 12x normal

    var started = startedOf(Intent.CANCELLATION);
    assertThat(started).hasSize(1);
    var surge = started.get(0);
    assertThat(Duration.between(stormStart, surge.detectedAt())).isLessThan(Duration.ofMinutes(6));
    assertThat(surge.text())
        .matches("cancellations ×\\d+ in the last 30 minutes \\(\\d+ messages\\)");
    assertThat(detector.active()).extracting(Surge::intent).containsExactly(Intent.CANCELLATION);
    assertThat(startedOf(Intent.DELAY)).isEmpty();
  }

  @Test
  void endsTheSurgeWhenVolumeFallsBackAndReportsItOnce() {
    feed(Intent.CANCELLATION, MIDNIGHT, Duration.ofHours(24), 96);
    var stormStart = MIDNIGHT.plus(Duration.ofHours(24));
    feed(Intent.CANCELLATION, stormStart, Duration.ofMinutes(30), 60);

    events.addAll(detector.advanceTo(stormStart.plus(Duration.ofHours(2))));

    assertThat(events).filteredOn(SurgeEvent.SurgeEnded.class::isInstance).hasSize(1);
    assertThat(detector.active()).isEmpty();
  }

  @Test
  void doesNotCallThreeMessagesOnAQuietNightASurge() {
    feed(Intent.BAGGAGE_LOST, MIDNIGHT, Duration.ofHours(24), 4);
    feed(Intent.BAGGAGE_LOST, MIDNIGHT.plus(Duration.ofHours(25)), Duration.ofMinutes(5), 3);

    assertThat(events).isEmpty();
  }

  @Test
  void waitsForOneWindowOfHistoryBeforeJudging() {
    feed(Intent.DELAY, MIDNIGHT, Duration.ofMinutes(20), 30);

    assertThat(events).isEmpty();
  }

  @Test
  void doesNotCallASteadyBusyDayASurge() {
    feed(Intent.DELAY, MIDNIGHT, Duration.ofHours(48), 48 * 40);

    assertThat(events).isEmpty();
  }

  @Test
  void countsALateMessageAsArrivingNowAndIgnoresTimeGoingBackwards() {
    detector.observe(Intent.DELAY, MIDNIGHT.plusSeconds(600));

    assertThat(detector.observe(Intent.DELAY, MIDNIGHT)).isEmpty();
    assertThat(detector.advanceTo(MIDNIGHT)).isEmpty();
    assertThatThrownBy(() -> detector.observe(null, MIDNIGHT))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("intent");
  }

  @Test
  void refusesThresholdsThatCannotWork() {
    assertThatThrownBy(
            () ->
                new SurgeThresholds(Duration.ofMinutes(30), Duration.ofMinutes(10), 3, 1.5, 10, 2))
        .hasMessageContaining("baseline");
    assertThatThrownBy(
            () -> new SurgeThresholds(Duration.ofMinutes(30), Duration.ofHours(24), 1, 1, 10, 2))
        .hasMessageContaining("startRatio");
  }

  List<Surge> startedOf(Intent intent) {
    return events.stream()
        .filter(SurgeEvent.SurgeStarted.class::isInstance)
        .map(SurgeEvent::surge)
        .filter(s -> s.intent() == intent)
        .toList();
  }
}
