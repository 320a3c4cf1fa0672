package io.purser.routing.domain;

import io.purser.triage.Intent;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The points of each term of the priority score. The defaults ({@link #defaults()}) encode three
 * decisions, checked by the SLA simulator on a week of real airline tweets (docs/benchmarks.md):
 *
 * <ul>
 *   <li><b>Need comes first.</b> Urgency (high 60, normal 15, low 0) is the largest fixed term, so
 *       a traveller about to fly is served before anything that can still wait; time-critical
 *       intents add 10 (10 more in surge mode); a brand rule may add 20.
 *   <li><b>No two-tier service.</b> Who the customer is counts for little: loyalty at most 4
 *       points, the author's audience at most 3 (one point per factor of ten above 1,000
 *       followers), and together never more than {@link #MAX_STATUS_POINTS}. A celebrity's
 *       complaint never overtakes a stranded traveller's.
 *   <li><b>Nobody breaches while lower-value work is served.</b> From {@code slaWindow} (15 min)
 *       before the deadline the SLA term ramps from 0 to {@code slaAtDeadline} (60), so among
 *       conversations of similar need the one closest to breach goes first. Once breached, the
 *       conversation drops to {@code slaAtBreach} (30) and climbs by {@code overduePerHour} (20):
 *       those that can still be answered in time go first, and an overdue one keeps rising until
 *       nothing outranks it, so nothing starves. (Letting overdue work climb a point a minute
 *       instead cost 8 points of urgent requests answered in time in the simulation, because during
 *       a storm the overdue backlog then outranks fresh urgent requests.)
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
    int overduePerHour,
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
    if (waitingMinutesPerPoint <= 0 || overduePerHour < 0) {
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
        60, // urgency high
        15, // urgency normal
        0, // urgency low
        TIME_CRITICAL,
        10, // time-critical intent
        10, // surge mode, on time-critical intents
        5, // negative sentiment
        5, // request
        3, // question or complaint
        5, // public post
        2, // loyalty elite
        4, // loyalty VIP
        3, // followers cap
        20, // brand rule
        Duration.ofMinutes(15), // SLA window
        60, // at the deadline
        30, // just breached
        20, // overdue, per hour
        2, // minutes of waiting per point, without SLA
        45, // high band from
        15);
  }
}
