package io.purser.sla.domain;

import static io.purser.sla.domain.Calendars.PARIS;
import static io.purser.sla.domain.Calendars.local;
import static io.purser.sla.domain.Calendars.officeHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.purser.sla.domain.SlaEvaluation.ClockStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaEvaluationTest {

  static final Instant T0 = Instant.parse("2026-03-09T10:00:00Z");
  static final SlaTargets TARGETS =
      new SlaTargets(
          Duration.ofMinutes(10),
          Duration.ofMinutes(20),
          Duration.ofHours(4),
          Duration.ofMinutes(2));

  final SlaTracker tracker = new SlaTracker(BusinessCalendar.always());
  final SlaTrack started = tracker.start(TARGETS, T0);

  static Instant at(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  static ClockStatus firstResponse(SlaTrack track, Instant now) {
    return SlaEvaluation.of(track, now).clock(SlaClock.FIRST_RESPONSE).orElseThrow();
  }

  @Test
  void aRunningClockIsOkThenWarnsThenBreachesAsTheClockMoves() {
    assertThat(firstResponse(started, at(7)))
        .isEqualTo(
            new ClockStatus(
                SlaClock.FIRST_RESPONSE, SlaStatus.OK, at(10), at(8), Duration.ofMinutes(3)));
    assertThat(firstResponse(started, at(8)).status()).isEqualTo(SlaStatus.WARNING);
    assertThat(firstResponse(started, at(10)).status()).isEqualTo(SlaStatus.BREACHED);
    assertThat(firstResponse(started, at(10)).timeLeft()).isZero();
    assertThat(firstResponse(started, at(13)).timeLeft()).isEqualTo(Duration.ofMinutes(-3));
  }

  @Test
  void theWorstStatusSummarisesAllClocks() {
    var evaluation = SlaEvaluation.of(started, at(11));
    assertThat(evaluation.clocks())
        .extracting(ClockStatus::clock)
        .containsExactly(SlaClock.FIRST_RESPONSE, SlaClock.RESOLUTION);
    assertThat(evaluation.clock(SlaClock.RESOLUTION).orElseThrow().status())
        .isEqualTo(SlaStatus.OK);
    assertThat(evaluation.worst()).isEqualTo(SlaStatus.BREACHED);
  }

  @Test
  void aSweeperThatWakesAtEachNextChangeSeesTheWarningThenTheBreach() {
    assertThat(SlaEvaluation.of(started, at(0)).nextChangeAt()).isEqualTo(at(8));
    assertThat(SlaEvaluation.of(started, at(8)).nextChangeAt()).isEqualTo(at(10));
    // Once the first response is breached, the next change is the resolution's warning.
    assertThat(SlaEvaluation.of(started, at(10)).nextChangeAt()).isEqualTo(at(238));
  }

  @Test
  void stoppedClocksAreAbsentAndNothingChangesAnyMore() {
    var resolved = tracker.onResolved(tracker.onAgentReply(started, at(5), true), at(30));
    var evaluation = SlaEvaluation.of(resolved, at(500));
    assertThat(evaluation.clocks()).isEmpty();
    assertThat(evaluation.worst()).isNull();
    assertThat(evaluation.nextChangeAt()).isNull();
  }

  @Test
  void aPausedResolutionClockShowsTheWorkingTimeItWillHaveLeft() {
    var pending = tracker.onWaitingOnCustomer(tracker.onAgentReply(started, at(5), true), at(60));
    var paused = SlaEvaluation.of(pending, at(5000)).clock(SlaClock.RESOLUTION).orElseThrow();
    assertThat(paused.status()).isEqualTo(SlaStatus.PAUSED);
    assertThat(paused.dueAt()).isNull();
    assertThat(paused.timeLeft()).isEqualTo(Duration.ofHours(3));
    assertThat(SlaEvaluation.of(pending, at(5000)).nextChangeAt()).isNull();
  }

  @Test
  void aClockPausedAfterItsDueTimeStaysBreached() {
    var late = tracker.onWaitingOnCustomer(tracker.onAgentReply(started, at(5), true), at(300));
    var status = SlaEvaluation.of(late, at(400)).clock(SlaClock.RESOLUTION).orElseThrow();
    assertThat(status.status()).isEqualTo(SlaStatus.BREACHED);
    assertThat(status.timeLeft()).isEqualTo(Duration.ofHours(-1));
  }

  @Test
  void aNextResponseWaitingOverTheWeekendIsNotBreachedUntilMondayInOfficeHours() {
    var office = new SlaTracker(officeHours(PARIS));
    var monday = local("2026-03-02T09:00", PARIS);
    var answered = office.onAgentReply(office.start(TARGETS, monday), monday.plusSeconds(60), true);
    var waiting = office.onCustomerMessage(answered, local("2026-03-06T16:50", PARIS));
    var saturday = local("2026-03-07T12:00", PARIS);
    var next = SlaEvaluation.of(waiting, saturday).clock(SlaClock.NEXT_RESPONSE).orElseThrow();
    assertThat(next.status()).isEqualTo(SlaStatus.OK);
    assertThat(next.dueAt()).isEqualTo(local("2026-03-09T09:10", PARIS));
    assertThat(
            SlaEvaluation.of(waiting, local("2026-03-09T09:08", PARIS))
                .clock(SlaClock.NEXT_RESPONSE))
        .get()
        .extracting(ClockStatus::status)
        .isEqualTo(SlaStatus.WARNING);
  }

  @Test
  void withoutAWarningLeadTimeAClockGoesStraightFromOkToBreached() {
    var quiet = tracker.start(new SlaTargets(Duration.ofMinutes(10), null, null, null), T0);
    assertThat(firstResponse(quiet, at(9).plusSeconds(59)).status()).isEqualTo(SlaStatus.OK);
    assertThat(firstResponse(quiet, at(9).plusSeconds(59)).warnAt()).isNull();
    assertThat(SlaEvaluation.of(quiet, at(0)).nextChangeAt()).isEqualTo(at(10));
    assertThat(firstResponse(quiet, at(10)).status()).isEqualTo(SlaStatus.BREACHED);
  }
}
