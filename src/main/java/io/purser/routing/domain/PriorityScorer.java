package io.purser.routing.domain;

import io.purser.triage.Sentiment;
import java.time.Duration;
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
    if (weights.timeCriticalIntents().contains(in.intent())) {
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
    int decades = followers < 1000 ? 0 : (int) Math.floor(Math.log10(followers)) - 2;
    int points = Math.min(decades, weights.followersCap());
    add(reasons, decades > weights.followersCap() ? "followers_capped" : "followers", points);
  }

  private PriorityReason slaReason(PriorityInputs in, Instant now) {
    long secondsLeft = Duration.between(now, in.slaDueAt()).toSeconds();
    if (secondsLeft < 0) {
      long minutesOver = -secondsLeft / 60;
      int points =
          weights.slaAtBreach() + (int) Math.min(minutesOver * weights.overduePerMinute(), 100_000);
      return PriorityReason.timed("sla_overdue_" + minutesOver + "_min", points);
    }
    long window = weights.slaWindow().toSeconds();
    long elapsed = Math.max(0, window - secondsLeft);
    int points = (int) (weights.slaAtDeadline() * elapsed / window);
    return PriorityReason.timed("sla_due_in_" + ceilMinutes(secondsLeft) + "_min", points);
  }

  private PriorityReason waitingReason(PriorityInputs in, Instant now) {
    long minutes = Math.max(0, Duration.between(in.waitingSince(), now).toMinutes());
    long points = Math.min(minutes / weights.waitingMinutesPerPoint(), 100_000);
    return PriorityReason.timed("waiting_" + minutes + "_min", (int) points);
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
