package io.purser.routing.domain;

import io.purser.triage.Sentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Computes a conversation's {@link Priority} at a given instant: an additive score whose every term
 * is a named reason, so an agent or a supervisor can see why one conversation is above another.
 * Recompute it as time passes: the SLA and waiting terms grow. Immutable and thread-safe.
 */
public final class PriorityScorer {

  private final PriorityWeights weights;

  public PriorityScorer(PriorityWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights are required");
  }

  public static PriorityScorer defaults() {
    return new PriorityScorer(PriorityWeights.defaults());
  }

  public PriorityWeights weights() {
    return weights;
  }

  /** The priority of the conversation at {@code now}. */
  public Priority score(PriorityInputs inputs, Instant now) {
    Objects.requireNonNull(inputs, "inputs are required");
    Objects.requireNonNull(now, "now is required");
    var reasons = fixedReasons(inputs);
    int fixed = reasons.stream().mapToInt(PriorityReason::points).sum();
    var timed = inputs.slaDueAt() == null ? waitingReason(inputs, now) : slaReason(inputs, now);
    if (timed.points() != 0) {
      reasons.add(timed);
    }
    reasons.sort(Comparator.comparingInt(PriorityReason::points).reversed());
    int score = reasons.stream().mapToInt(PriorityReason::points).sum();
    return new Priority(score, reasons, band(fixed));
  }

  /**
   * The score alone, equal to {@code score(inputs, now).score()} but without building the reasons:
   * for queues that are re-ranked on every event (the console's queue, the simulator).
   */
  public int points(PriorityInputs inputs, Instant now) {
    Objects.requireNonNull(now, "now is required");
    int fixed =
        urgencyPoints(inputs)
            + intentPoints(inputs)
            + (negative(inputs) ? weights.negativeSentiment() : 0)
            + categoryPoints(inputs)
            + (inputs.isPublic() ? weights.publicPost() : 0)
            + loyaltyPoints(inputs)
            + Math.min(followerDecades(inputs.authorFollowers()), weights.followersCap())
            + (inputs.brandRaise() ? weights.brandRaise() : 0);
    return fixed
        + (inputs.slaDueAt() == null ? waitingPoints(inputs, now) : slaPoints(inputs, now));
  }

  /** The band of a conversation: it depends on the fixed terms only, never on the time waited. */
  public PriorityBand band(PriorityInputs inputs) {
    return band(fixedReasons(inputs).stream().mapToInt(PriorityReason::points).sum());
  }

  private PriorityBand band(int fixedPoints) {
    if (fixedPoints >= weights.highBandFrom()) {
      return PriorityBand.HIGH;
    }
    return fixedPoints < weights.lowBandBelow() ? PriorityBand.LOW : PriorityBand.NORMAL;
  }

  private List<PriorityReason> fixedReasons(PriorityInputs in) {
    var reasons = new ArrayList<PriorityReason>(10);
    add(reasons, "urgency_" + lower(in.urgency().name()), urgencyPoints(in));
    if (timeCritical(in)) {
      add(reasons, "intent_" + lower(in.intent().name()), weights.timeCriticalIntent());
      add(reasons, "surge_mode", in.surgeMode() ? weights.surgeMode() : 0);
    }
    add(reasons, "sentiment_negative", negative(in) ? weights.negativeSentiment() : 0);
    add(reasons, "category_" + lower(in.category().name()), categoryPoints(in));
    add(reasons, "public", in.isPublic() ? weights.publicPost() : 0);
    add(reasons, "loyalty_" + lower(String.valueOf(in.loyalty())), loyaltyPoints(in));
    addFollowers(reasons, in.authorFollowers());
    add(reasons, "brand_rule", in.brandRaise() ? weights.brandRaise() : 0);
    return reasons;
  }

  private int urgencyPoints(PriorityInputs in) {
    return switch (in.urgency()) {
      case HIGH -> weights.urgencyHigh();
      case NORMAL -> weights.urgencyNormal();
      case LOW -> weights.urgencyLow();
    };
  }

  private boolean timeCritical(PriorityInputs in) {
    return weights.timeCriticalIntents().contains(in.intent());
  }

  private int intentPoints(PriorityInputs in) {
    if (!timeCritical(in)) {
      return 0;
    }
    return weights.timeCriticalIntent() + (in.surgeMode() ? weights.surgeMode() : 0);
  }

  private static boolean negative(PriorityInputs in) {
    return in.sentiment() == Sentiment.NEGATIVE;
  }

  private int categoryPoints(PriorityInputs in) {
    return switch (in.category()) {
      case REQUEST -> weights.request();
      case QUESTION, COMPLAINT -> weights.questionOrComplaint();
      default -> 0;
    };
  }

  private int loyaltyPoints(PriorityInputs in) {
    if (in.loyalty() == null) {
      return 0;
    }
    return switch (in.loyalty()) {
      case VIP -> weights.loyaltyVip();
      case ELITE -> weights.loyaltyElite();
      case MEMBER -> 0;
    };
  }

  /** One point per factor of ten above 1,000 followers, capped: audience is not entitlement. */
  private void addFollowers(List<PriorityReason> reasons, long followers) {
    int decades = followerDecades(followers);
    int points = Math.min(decades, weights.followersCap());
    add(reasons, decades > weights.followersCap() ? "followers_capped" : "followers", points);
  }

  private static int followerDecades(long followers) {
    return followers < 1000 ? 0 : (int) Math.floor(Math.log10(followers)) - 2;
  }

  private PriorityReason slaReason(PriorityInputs in, Instant now) {
    long secondsLeft = secondsLeft(in, now);
    var code =
        secondsLeft < 0
            ? "sla_overdue_" + (-secondsLeft / 60) + "_min"
            : "sla_due_in_" + ceilMinutes(secondsLeft) + "_min";
    return PriorityReason.timed(code, slaPoints(in, now));
  }

  /**
   * Ramps to {@code slaAtDeadline} over the SLA window; once overdue, restarts at {@code
   * slaAtBreach} and climbs by {@code overduePerHour} an hour (bounded, so years overdue cannot
   * overflow).
   */
  private int slaPoints(PriorityInputs in, Instant now) {
    long secondsLeft = secondsLeft(in, now);
    if (secondsLeft < 0) {
      long minutesOver = -secondsLeft / 60;
      return weights.slaAtBreach()
          + (int) Math.min(minutesOver * weights.overduePerHour() / 60, 100_000);
    }
    long window = weights.slaWindow().toSeconds();
    long elapsed = Math.max(0, window - secondsLeft);
    return (int) (weights.slaAtDeadline() * elapsed / window);
  }

  private static long secondsLeft(PriorityInputs in, Instant now) {
    return in.slaDueAt().getEpochSecond() - now.getEpochSecond();
  }

  private PriorityReason waitingReason(PriorityInputs in, Instant now) {
    long minutes = waitedMinutes(in, now);
    return PriorityReason.timed("waiting_" + minutes + "_min", waitingPoints(in, now));
  }

  private int waitingPoints(PriorityInputs in, Instant now) {
    return (int) Math.min(waitedMinutes(in, now) / weights.waitingMinutesPerPoint(), 100_000);
  }

  private static long waitedMinutes(PriorityInputs in, Instant now) {
    return Math.max(0, (now.getEpochSecond() - in.waitingSince().getEpochSecond()) / 60);
  }

  private static long ceilMinutes(long seconds) {
    return (seconds + 59) / 60;
  }

  private static void add(List<PriorityReason> reasons, String code, int points) {
    if (points != 0) {
      reasons.add(PriorityReason.fixed(code, points));
    }
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
