package io.purser.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.sla.domain.SlaOverride.Visibility;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

  static final Duration HOUR = Duration.ofHours(1);
  static final SlaTargets DEFAULTS =
      new SlaTargets(HOUR, Duration.ofHours(2), Duration.ofHours(24), Duration.ofMinutes(10));

  static SlaTargets firstResponse(Duration target) {
    return new SlaTargets(target, null, null, null);
  }

  static SlaPolicy policy(SlaOverride... overrides) {
    return new SlaPolicy("standard", BusinessCalendar.always(), DEFAULTS, List.of(overrides));
  }

  final SlaScope publicTweet = new SlaScope("x", true, "high");

  @Test
  void withoutAMatchingOverrideTheDefaultsApply() {
    var policy =
        policy(new SlaOverride("whatsapp", null, null, firstResponse(Duration.ofMinutes(5))));
    assertThat(policy.targetsFor(publicTweet)).isEqualTo(DEFAULTS);
  }

  @Test
  void anOverrideReplacesOnlyTheTargetsItSets() {
    var policy = policy(new SlaOverride("x", null, null, firstResponse(Duration.ofMinutes(15))));
    assertThat(policy.targetsFor(publicTweet))
        .isEqualTo(
            new SlaTargets(
                Duration.ofMinutes(15),
                Duration.ofHours(2),
                Duration.ofHours(24),
                Duration.ofMinutes(10)));
  }

  @Test
  void theMostSpecificMatchWinsWhereverItStandsInTheList() {
    var policy =
        policy(
            new SlaOverride("x", null, null, firstResponse(Duration.ofMinutes(30))),
            new SlaOverride(null, Visibility.PUBLIC, "high", firstResponse(Duration.ofMinutes(10))),
            new SlaOverride("x", Visibility.PUBLIC, "high", firstResponse(Duration.ofMinutes(5))));
    assertThat(policy.targetsFor(publicTweet).firstResponse()).isEqualTo(Duration.ofMinutes(5));
    assertThat(policy.targetsFor(new SlaScope("x", false, "high")).firstResponse())
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(policy.targetsFor(new SlaScope("facebook", true, "high")).firstResponse())
        .isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void amongEquallySpecificMatchesTheFirstInTheListWins() {
    var policy =
        policy(
            new SlaOverride(null, null, "high", firstResponse(Duration.ofMinutes(20))),
            new SlaOverride("x", null, null, firstResponse(Duration.ofMinutes(40))));
    assertThat(policy.targetsFor(publicTweet).firstResponse()).isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void visibilityMatchesPublicAndPrivateConversations() {
    var policy =
        policy(
            new SlaOverride(null, Visibility.PRIVATE, null, firstResponse(Duration.ofMinutes(7))));
    assertThat(policy.targetsFor(new SlaScope("instagram", false, "low")).firstResponse())
        .isEqualTo(Duration.ofMinutes(7));
    assertThat(policy.targetsFor(new SlaScope("instagram", true, "low")).firstResponse())
        .isEqualTo(HOUR);
  }

  @Test
  void channelsAndBandsAreComparedWithoutRegardToCase() {
    var policy = policy(new SlaOverride("X", null, " High ", firstResponse(Duration.ofMinutes(3))));
    assertThat(policy.targetsFor(new SlaScope("x", true, "HIGH")).firstResponse())
        .isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void refusesAnOverrideWithoutCriteriaAndTargetsThatAreNotPositive() {
    assertThatThrownBy(() -> new SlaOverride(null, null, null, DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must name a channel");
    assertThatThrownBy(() -> firstResponse(Duration.ofMinutes(-5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first response target must be positive");
    assertThatThrownBy(() -> firstResponse(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SlaTargets(null, null, null, Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("warning lead time cannot be negative");
    assertThatThrownBy(() -> new SlaScope(" ", true, "high"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("channel cannot be blank");
  }
}
