package io.purser.sla.domain;

import static io.purser.sla.domain.Calendars.PARIS;
import static io.purser.sla.domain.Calendars.local;
import static io.purser.sla.domain.Calendars.officeHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaTrackerTest {

  static final Instant T0 = Instant.parse("2026-03-09T10:00:00Z");
  static final SlaTargets TARGETS =
      new SlaTargets(minutes(10), minutes(20), Duration.ofHours(4), minutes(2));

  final SlaTracker tracker = new SlaTracker(BusinessCalendar.always());
  final SlaTrack started = tracker.start(TARGETS, T0);

  static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  static Instant at(long minutesAfterStart) {
    return T0.plus(minutes(minutesAfterStart));
  }

  /** The first human reply went out five minutes after the customer's first message. */
  SlaTrack answered() {
    return tracker.onAgentReply(started, at(5), true);
  }

  @Test
  void theFirstMessageStartsTheFirstResponseAndResolutionClocks() {
    assertThat(started.firstResponse().dueAt()).isEqualTo(at(10));
    assertThat(started.resolution().dueAt()).isEqualTo(at(240));
    assertThat(started.nextResponse().isWaiting()).isFalse();
    assertThat(started.earliestDueAt()).isEqualTo(at(10));
    assertThat(started.warnAt()).isEqualTo(at(8));
  }

  @Test
  void anAutomatedReplyStopsNoClock() {
    assertThat(tracker.onAgentReply(started, at(1), false)).isEqualTo(started);
    var waiting = tracker.onCustomerMessage(answered(), at(30));
    assertThat(tracker.onAgentReply(waiting, at(31), false)).isEqualTo(waiting);
  }

  @Test
  void theFirstHumanReplyStopsTheFirstResponseClockAndIsMeasured() {
    var track = answered();
    assertThat(track.firstResponse().dueAt()).isNull();
    assertThat(track.firstResponse().respondedAt()).isEqualTo(at(5));
    assertThat(track.firstResponse().workingTime()).isEqualTo(minutes(5));
    assertThat(track.firstResponseWallTime()).isEqualTo(minutes(5));
    assertThat(track.firstResponse().met()).isTrue();
    assertThat(track.earliestDueAt()).isEqualTo(at(240));
  }

  @Test
  void aFirstReplyAtTheDueTimeMissesTheTargetAndOneJustBeforeMeetsIt() {
    assertThat(tracker.onAgentReply(started, at(10), true).firstResponse().met()).isFalse();
    var justInTime = at(10).minusMillis(1);
    assertThat(tracker.onAgentReply(started, justInTime, true).firstResponse().met()).isTrue();
  }

  @Test
  void inOfficeHoursTheFirstResponseTimeCountsOnlyWorkingTimeButTheWallTimeIsKept() {
    var office = new SlaTracker(officeHours(PARIS));
    var friday = local("2026-03-06T16:55", PARIS);
    var track = office.start(TARGETS, friday);
    assertThat(track.firstResponse().dueAt()).isEqualTo(local("2026-03-09T09:05", PARIS));

    var replied = office.onAgentReply(track, local("2026-03-09T09:02", PARIS), true);
    assertThat(replied.firstResponse().workingTime()).isEqualTo(minutes(7));
    assertThat(replied.firstResponseWallTime()).isEqualTo(Duration.ofHours(64).plusMinutes(7));
    assertThat(replied.firstResponse().met()).isTrue();
  }

  @Test
  void aReplyOnSaturdayMissesATargetThatFellDueAtFridaysClosing() {
    var office = new SlaTracker(officeHours(PARIS));
    var track = office.start(TARGETS, local("2026-03-06T16:50", PARIS));
    assertThat(track.firstResponse().dueAt()).isEqualTo(local("2026-03-06T17:00", PARIS));
    var saturday = office.onAgentReply(track, local("2026-03-07T10:00", PARIS), true);
    assertThat(saturday.firstResponse().workingTime()).isEqualTo(minutes(10));
    assertThat(saturday.firstResponse().met()).isFalse();
  }

  @Test
  void customerMessagesBeforeTheFirstReplyDoNotStartTheNextResponseClock() {
    var track = tracker.onCustomerMessage(started, at(3));
    assertThat(track.nextResponse().isWaiting()).isFalse();
    assertThat(track.firstResponse().dueAt()).isEqualTo(at(10));
  }

  @Test
  void theNextResponseClockRunsFromTheFirstUnansweredMessageToTheNextHumanReply() {
    var waiting = tracker.onCustomerMessage(answered(), at(30));
    assertThat(waiting.nextResponse().waitingSince()).isEqualTo(at(30));
    assertThat(waiting.nextResponse().dueAt()).isEqualTo(at(50));
    assertThat(tracker.onCustomerMessage(waiting, at(35))).isEqualTo(waiting);

    var onTime = tracker.onAgentReply(waiting, at(45), true);
    assertThat(onTime.nextResponse().isWaiting()).isFalse();
    assertThat(onTime.nextResponse().dueAt()).isNull();
    assertThat(onTime.nextResponse().lastWorkingTime()).isEqualTo(minutes(15));
    assertThat(onTime.nextResponse().missed()).isZero();

    var late = tracker.onAgentReply(tracker.onCustomerMessage(onTime, at(60)), at(90), true);
    assertThat(late.nextResponse().count()).isEqualTo(2);
    assertThat(late.nextResponse().totalWorkingTime()).isEqualTo(minutes(45));
    assertThat(late.nextResponse().averageWorkingTime())
        .isEqualTo(Duration.ofSeconds(22 * 60 + 30));
    assertThat(late.nextResponse().missed()).isEqualTo(1);
    assertThat(late.firstResponse().respondedAt()).isEqualTo(at(5));
  }

  @Test
  void waitingOnTheCustomerPausesTheResolutionClockUntilTheCustomerWritesAgain() {
    var pending = tracker.onWaitingOnCustomer(answered(), at(60));
    assertThat(pending.resolution().isPaused()).isTrue();
    assertThat(pending.resolution().spent()).isEqualTo(minutes(60));
    assertThat(pending.resolution().dueAt()).isNull();
    assertThat(pending.earliestDueAt()).isNull();
    assertThat(tracker.onWaitingOnCustomer(pending, at(70))).isEqualTo(pending);

    var resumed = tracker.onCustomerMessage(pending, at(25 * 60));
    assertThat(resumed.resolution().dueAt()).isEqualTo(at(28 * 60));
    var resolved = tracker.onResolved(resumed, at(26 * 60));
    assertThat(resolved.resolution().workingTime()).isEqualTo(Duration.ofHours(2));
    assertThat(resolved.resolutionWallTime()).isEqualTo(Duration.ofHours(26));
    assertThat(resolved.resolution().met()).isTrue();
  }

  @Test
  void aPauseOverAWeekendWithADaylightSavingShiftResumesInLocalOfficeHours() {
    var office = new SlaTracker(officeHours(PARIS));
    var friday = local("2026-03-27T16:00", PARIS);
    var pending =
        office.onWaitingOnCustomer(office.start(TARGETS, friday), friday.plus(minutes(30)));
    var sunday = office.onCustomerMessage(pending, local("2026-03-29T12:00", PARIS));
    // 30 minutes were spent on Friday; 3 h 30 remain, counted from Monday's opening.
    assertThat(sunday.resolution().dueAt()).isEqualTo(local("2026-03-30T12:30", PARIS));
  }

  @Test
  void resolvingStopsEveryClockAndKeepsWhatWasMeasured() {
    var waiting = tracker.onCustomerMessage(answered(), at(30));
    var resolved = tracker.onResolved(waiting, at(40));
    assertThat(resolved.earliestDueAt()).isNull();
    assertThat(resolved.nextResponse().isWaiting()).isFalse();
    assertThat(resolved.nextResponse().count()).isZero();
    assertThat(resolved.resolution().isResolved()).isTrue();
    assertThat(resolved.resolution().workingTime()).isEqualTo(minutes(40));
    assertThat(resolved.firstResponse().met()).isTrue();
    assertThat(tracker.onResolved(resolved, at(50))).isEqualTo(resolved);
  }

  @Test
  void aReopenedConversationContinuesItsResolutionClockWhereItStopped() {
    var resolved = tracker.onResolved(answered(), at(180));
    assertThat(resolved.resolution().met()).isTrue();

    var reopened = tracker.onCustomerMessage(resolved, at(600));
    assertThat(reopened.resolution().isRunning()).isTrue();
    assertThat(reopened.resolution().dueAt()).isEqualTo(at(660));
    assertThat(reopened.nextResponse().waitingSince()).isEqualTo(at(600));

    var resolvedAgain = tracker.onResolved(reopened, at(720));
    assertThat(resolvedAgain.resolution().workingTime()).isEqualTo(Duration.ofHours(5));
    assertThat(resolvedAgain.resolution().met()).isFalse();
  }

  @Test
  void aReopenByAnAgentRunsTheResolutionClockWithoutANextResponseDue() {
    var reopened = tracker.onReopened(tracker.onResolved(answered(), at(60)), at(90));
    assertThat(reopened.resolution().dueAt()).isEqualTo(at(270));
    assertThat(reopened.nextResponse().isWaiting()).isFalse();
    assertThat(tracker.onReopened(reopened, at(95))).isEqualTo(reopened);
  }

  @Test
  void resolvingWithoutAHumanReplyDoesNotCountAsAFirstResponse() {
    var resolved = tracker.onResolved(started, at(60));
    assertThat(resolved.firstResponse().dueAt()).isNull();
    assertThat(resolved.firstResponse().met()).isNull();

    var reopened = tracker.onCustomerMessage(resolved, at(120));
    assertThat(reopened.firstResponse().dueAt()).isEqualTo(at(10));
    assertThat(reopened.nextResponse().isWaiting()).isFalse();
  }

  @Test
  void raisingThePriorityRecomputesRunningDueTimesFromTheSameStarts() {
    var waiting = tracker.onCustomerMessage(answered(), at(30));
    var urgent = new SlaTargets(minutes(5), minutes(5), Duration.ofHours(1), minutes(1));
    var raised = tracker.onTargetsChanged(waiting, urgent);
    assertThat(raised.targets()).isEqualTo(urgent);
    assertThat(raised.nextResponse().dueAt()).isEqualTo(at(35));
    assertThat(raised.resolution().dueAt()).isEqualTo(at(60));
    assertThat(raised.firstResponse()).isEqualTo(waiting.firstResponse());

    var unanswered = tracker.onTargetsChanged(started, urgent);
    assertThat(unanswered.firstResponse().dueAt()).isEqualTo(at(5));
  }

  @Test
  void aTargetAlreadyUsedUpIsDueTheMomentTheClockRunsAgain() {
    var pending = tracker.onWaitingOnCustomer(answered(), at(120));
    var resumed = tracker.onCustomerMessage(pending, at(300));
    var tightened =
        tracker.onTargetsChanged(resumed, new SlaTargets(null, null, Duration.ofHours(1), null));
    assertThat(tightened.resolution().dueAt()).isEqualTo(at(300));
    assertThat(tightened.firstResponse().dueAt()).isNull();
  }

  @Test
  void aConversationWithoutTargetsIsMeasuredButNeverDue() {
    var track =
        tracker.onResolved(
            tracker.onAgentReply(tracker.start(SlaTargets.NONE, T0), at(3), true), at(9));
    assertThat(track.earliestDueAt()).isNull();
    assertThat(track.warnAt()).isNull();
    assertThat(track.firstResponse().workingTime()).isEqualTo(minutes(3));
    assertThat(track.firstResponse().met()).isNull();
    assertThat(track.resolution().met()).isNull();
  }

  @Test
  void aPolicyPicksTheTargetsOfTheScopeAndStartsTheClocksOnItsCalendar() {
    var policy = new SlaPolicy("care", officeHours(PARIS), TARGETS, java.util.List.of());
    var track =
        policy.start(new SlaScope("whatsapp", false, "normal"), local("2026-03-06T16:55", PARIS));
    assertThat(track.targets()).isEqualTo(TARGETS);
    assertThat(track.firstResponse().dueAt()).isEqualTo(local("2026-03-09T09:05", PARIS));
  }

  @Test
  void refusesEventsBeforeTheConversationStartedOrBeforeTheMessageTheyAnswer() {
    assertThatThrownBy(() -> tracker.onAgentReply(started, at(-1), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agent reply")
        .hasMessageContaining("before the conversation started");
    assertThatThrownBy(() -> tracker.onResolved(started, at(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    var waiting = tracker.onCustomerMessage(answered(), at(30));
    assertThatThrownBy(() -> tracker.onAgentReply(waiting, at(20), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be before its start");
  }
}
