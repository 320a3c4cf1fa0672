package io.purser.routing.domain;

import io.purser.triage.Intent;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The points of each term of the priority score. The defaults ({@link #defaults()}) encode three
 * decisions:
 *
 * <ul>
 *   <li><b>Need comes first.</b> Urgency (high 40, normal 15, low 0) and time-critical intents
 *       (+10, +10 more in surge mode) are the largest fixed terms; a brand rule may add 20.
 *   <li><b>No two-tier service.</b> Who the customer is counts for little: loyalty at most 4
 *       points, the author's audience at most 3 (one point per factor of ten above 1,000
 *       followers). A celebrity's complaint never overtakes a stranded traveller's.
 *   <li><b>Nobody breaches while lower-value work is served.</b> From {@code slaWindow} before the
 *       deadline the SLA term ramps from 0 to {@code slaAtDeadline} (60), more than what high
 *       urgency and a time-critical intent add over a normal request (35), so a conversation about
 *       to breach is taken before fresher, more urgent ones that still have time. Once breached,
 *       the conversation drops to {@code slaAtBreach} (30) and rises by {@code overduePerMinute}
 *       (1) a minute: those that can still be answered in time go first, and an overdue one still
 *       climbs until nothing outranks it, so nothing starves.
 * </ul>
 *
 * Without an SLA deadline, waiting earns one point per {@code waitingMinutesPerPoint} minutes. The
 * band is high from {@code highBandFrom} fixed points, low below {@code lowBandBelow}.
 */
public record PriorityWeights(
    int urgencyHigh,
    int urgencyNormal,
    int urgencyLow,
    Set<Intent> timeCriticalIntents,
    int timeCriticalIntent,
    int surgeMode,
    int negativeSentiment,
    int request,
    int questionOrComplaint,
    int publicPost,
    int loyaltyElite,
    int loyaltyVip,
    int followersCap,
    int brandRaise,
    Duration slaWindow,
    int slaAtDeadline,
    int slaAtBreach,
    int overduePerMinute,
    int waitingMinutesPerPoint,
    int highBandFrom,
    int lowBandBelow) {

  /** Loyalty and audience together may never be worth more than this many points. */
  public static final int MAX_STATUS_POINTS = 10;

  public PriorityWeights {
    timeCriticalIntents = Set.copyOf(timeCriticalIntents);
    Objects.requireNonNull(slaWindow, "slaWindow is required");
    if (slaWindow.isNegative() || slaWindow.isZero()) {
      throw new IllegalArgumentException("slaWindow must be positive, not " + slaWindow);
    }
    if (followersCap < 0 || loyaltyVip < 0 || loyaltyElite < 0) {
      throw new IllegalArgumentException("status points cannot be negative");
    }
    if (followersCap + Math.max(loyaltyElite, loyaltyVip) > MAX_STATUS_POINTS) {
      throw new IllegalArgumentException(
          "loyalty and followers together may be worth at most "
              + MAX_STATUS_POINTS
              + " points: no two-tier service");
    }
    if (waitingMinutesPerPoint <= 0 || overduePerMinute < 0) {
      throw new IllegalArgumentException("waiting and overdue terms must grow with time");
    }
  }

  /** The intents where minutes matter: the traveller is at the airport or about to fly. */
  public static final Set<Intent> TIME_CRITICAL =
      EnumSet.of(
          Intent.CANCELLATION,
          Intent.DELAY,
          Intent.REBOOKING,
          Intent.CHECK_IN,
          Intent.AIRPORT,
          Intent.SPECIAL_ASSISTANCE);

  public static PriorityWeights defaults() {
    return new PriorityWeights(
        40,
        15,
        0,
        TIME_CRITICAL,
        10,
        10,
        5,
        5,
        3,
        5,
        2,
        4,
        3,
        20,
        Duration.ofMinutes(15),
        60,
        30,
        1,
        2,
        45,
        15);
  }
}
