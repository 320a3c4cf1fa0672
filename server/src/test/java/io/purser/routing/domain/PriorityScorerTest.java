package io.purser.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.triage.Category;
import io.purser.triage.Intent;
import io.purser.triage.Sentiment;
import io.purser.triage.UrgencyLevel;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PriorityScorerTest {

  static final Instant T0 = Instant.parse("2015-02-22T20:00:00Z");
  final PriorityScorer scorer = PriorityScorer.defaults();

  static PriorityInputs complaint(UrgencyLevel urgency, Intent intent) {
    return new PriorityInputs(
        urgency,
        "",
        intent,
        Sentiment.NEGATIVE,
        Category.COMPLAINT,
        true,
        null,
        0,
        null,
        T0,
        false,
        false);
  }

  static PriorityInputs withSla(PriorityInputs inputs, int minutes) {
    return inputs.withSlaDueAt(T0.plus(Duration.ofMinutes(minutes)));
  }

  @Test
  void explainsEveryPointOfTheScore() {
    var inputs = withSla(complaint(UrgencyLevel.HIGH, Intent.CANCELLATION), 10);

    var priority = scorer.score(inputs, T0.plusSeconds(7 * 60));

    assertThat(priority.reasons())
        .extracting(PriorityReason::toString)
        .containsExactly(
            "urgency_high +60",
            "sla_due_in_3_min +48",
            "intent_cancellation +10",
            "sentiment_negative +5",
            "public +5",
            "category_complaint +3");
    assertThat(priority.score()).isEqualTo(131);
    assertThat(priority.explanation()).startsWith("urgency_high +60, sla_due_in_3_min +48");
  }

  @Test
  void ranksAStrandedTravellerAboveAComplaintAfterTheTrip() {
    var stranded = scorer.score(complaint(UrgencyLevel.HIGH, Intent.CANCELLATION), T0);
    var afterTrip = scorer.score(complaint(UrgencyLevel.LOW, Intent.CREW), T0);

    assertThat(stranded.score()).isGreaterThan(afterTrip.score());
    assertThat(stranded.band()).isEqualTo(PriorityBand.HIGH);
    assertThat(afterTrip.band()).isEqualTo(PriorityBand.LOW);
  }

  @Test
  void capsTheAudienceSoACelebrityNeverOvertakesAnUrgentRequest() {
    var ordinary = complaint(UrgencyLevel.HIGH, Intent.DELAY);
    var celebrity =
        complaint(UrgencyLevel.NORMAL, Intent.DELAY).withAudience(LoyaltyTier.VIP, 50_000_000);

    var famous = scorer.score(celebrity, T0);

    assertThat(famous.reasons())
        .extracting(PriorityReason::toString)
        .contains("followers_capped +3");
    assertThat(famous.reasons()).extracting(PriorityReason::toString).contains("loyalty_vip +4");
    assertThat(famous.score()).isLessThan(scorer.score(ordinary, T0).score());
  }

  @Test
  void givesOnePointPerFactorOfTenAboveAThousandFollowers() {
    var base = complaint(UrgencyLevel.NORMAL, Intent.OTHER);
    assertThat(followerPoints(base.withAudience(null, 999))).isZero();
    assertThat(followerPoints(base.withAudience(null, 1_000))).isEqualTo(1);
    assertThat(followerPoints(base.withAudience(null, 250_000))).isEqualTo(3);
  }

  int followerPoints(PriorityInputs inputs) {
    return scorer.score(inputs, T0).reasons().stream()
        .filter(r -> r.code().startsWith("followers"))
        .mapToInt(PriorityReason::points)
        .sum();
  }

  @Test
  void refusesWeightsThatWouldMakeStatusWorthMoreThanNeed() {
    var d = PriorityWeights.defaults();
    assertThatThrownBy(
            () ->
                new PriorityWeights(
                    d.urgencyHigh(),
                    d.urgencyNormal(),
                    d.urgencyLow(),
                    d.timeCriticalIntents(),
                    d.timeCriticalIntent(),
                    d.surgeMode(),
                    d.negativeSentiment(),
                    d.request(),
                    d.questionOrComplaint(),
                    d.publicPost(),
                    d.loyaltyElite(),
                    30,
                    3,
                    d.brandRaise(),
                    d.slaWindow(),
                    d.slaAtDeadline(),
                    d.slaAtBreach(),
                    d.overduePerHour(),
                    d.waitingMinutesPerPoint(),
                    d.highBandFrom(),
                    d.lowBandBelow()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two-tier");
  }

  @Test
  void letsAConversationAboutToBreachOvertakeFresherWorkOfTheSameUrgency() {
    var aboutToBreach = withSla(complaint(UrgencyLevel.NORMAL, Intent.BAGGAGE_LOST), 1);
    var freshTimeCritical =
        withSla(complaint(UrgencyLevel.NORMAL, Intent.CANCELLATION), 10).withSurgeMode(true);

    assertThat(scorer.score(aboutToBreach, T0).score())
        .isGreaterThan(scorer.score(freshTimeCritical, T0).score());
  }

  @Test
  void servesAFreshUrgentRequestBeforeNormalWorkNearItsDeadline() {
    var nearDeadline = withSla(complaint(UrgencyLevel.NORMAL, Intent.BAGGAGE_LOST), 1);
    var freshUrgent = withSla(complaint(UrgencyLevel.HIGH, Intent.DELAY), 10);

    assertThat(scorer.score(freshUrgent, T0).score())
        .isGreaterThan(scorer.score(nearDeadline, T0).score());
  }

  @Test
  void risesAsTheDeadlineApproachesAndKeepsRisingOnceOverdue() {
    var inputs = withSla(complaint(UrgencyLevel.NORMAL, Intent.REFUND), 10);
    int previous = Integer.MIN_VALUE;
    for (int minute = 0; minute <= 10; minute++) {
      int score = scorer.score(inputs, T0.plus(Duration.ofMinutes(minute))).score();
      assertThat(score).as("minute %d", minute).isGreaterThanOrEqualTo(previous);
      previous = score;
    }
    int justBreached = scorer.score(inputs, T0.plus(Duration.ofMinutes(11))).score();
    int longOverdue = scorer.score(inputs, T0.plus(Duration.ofMinutes(190))).score();
    assertThat(justBreached)
        .as("a breached one yields to those still savable")
        .isLessThan(previous);
    assertThat(longOverdue).isGreaterThan(justBreached).isGreaterThan(previous);
    assertThat(scorer.score(inputs, T0.plus(Duration.ofMinutes(190))).explanation())
        .contains("sla_overdue_180_min +90");
  }

  @Test
  void keepsTheBandWhileTheConversationWaits() {
    var inputs = withSla(complaint(UrgencyLevel.NORMAL, Intent.REFUND), 10);

    var fresh = scorer.score(inputs, T0);
    var overdue = scorer.score(inputs, T0.plus(Duration.ofHours(3)));

    assertThat(fresh.band()).isEqualTo(PriorityBand.NORMAL).isEqualTo(overdue.band());
    assertThat(scorer.band(inputs)).isEqualTo(PriorityBand.NORMAL);
  }

  @Test
  void risesWithWaitingWhenNoSlaApplies() {
    var inputs = complaint(UrgencyLevel.LOW, Intent.OTHER);

    var later = scorer.score(inputs, T0.plus(Duration.ofMinutes(20)));

    assertThat(later.explanation()).contains("waiting_20_min +10");
    assertThat(later.score()).isGreaterThan(scorer.score(inputs, T0).score());
  }

  @Test
  void raisesTimeCriticalIntentsInSurgeModeAndFollowsBrandRules() {
    var cancellation = complaint(UrgencyLevel.NORMAL, Intent.CANCELLATION);
    var raised =
        new PriorityInputs(
            UrgencyLevel.NORMAL,
            "",
            Intent.LOYALTY,
            Sentiment.NEUTRAL,
            Category.QUESTION,
            false,
            null,
            0,
            null,
            T0,
            true,
            true);

    assertThat(scorer.score(cancellation.withSurgeMode(true), T0).explanation())
        .contains("surge_mode +10");
    assertThat(scorer.score(raised, T0).explanation())
        .contains("brand_rule +20")
        .doesNotContain("surge_mode");
  }

  @Test
  void readsAClockBehindTheMessageAsNoWaitAtAll() {
    var inputs = complaint(UrgencyLevel.NORMAL, Intent.OTHER);

    var skewed = scorer.score(inputs, T0.minusSeconds(120));

    assertThat(skewed.score()).isEqualTo(scorer.score(inputs, T0).score());
  }

  @Test
  void refusesMissingInputsAndScoresThatDoNotAddUp() {
    assertThatThrownBy(
            () ->
                new PriorityInputs(
                    null,
                    "",
                    Intent.OTHER,
                    Sentiment.NEUTRAL,
                    Category.QUESTION,
                    true,
                    null,
                    0,
                    null,
                    T0,
                    false,
                    false))
        .hasMessageContaining("urgency");
    assertThatThrownBy(() -> scorer.score(complaint(UrgencyLevel.LOW, Intent.OTHER), null))
        .hasMessageContaining("now");
    assertThatThrownBy(
            () ->
                new Priority(
                    10, java.util.List.of(PriorityReason.fixed("public", 5)), PriorityBand.LOW))
        .hasMessageContaining("sum");
  }
}
