package io.purser.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InactivityPolicyTest {

  static final Instant LAST = Instant.parse("2015-02-22T20:00:00Z");
  final InactivityPolicy policy = new InactivityPolicy(Duration.ofMinutes(10));

  @Test
  void turnsAnAvailableAgentAwayOnlyAfterTheInactivityLimit() {
    assertThat(policy.presenceAt(Presence.AVAILABLE, LAST, LAST.plusSeconds(600)))
        .isEqualTo(Presence.AVAILABLE);
    assertThat(policy.presenceAt(Presence.AVAILABLE, LAST, LAST.plusSeconds(601)))
        .isEqualTo(Presence.AWAY);
  }

  @Test
  void leavesBusyAndAbsentAgentsAsTheyAre() {
    var muchLater = LAST.plus(Duration.ofHours(5));
    assertThat(policy.presenceAt(Presence.BUSY, LAST, muchLater)).isEqualTo(Presence.BUSY);
    assertThat(policy.presenceAt(Presence.OFFLINE, LAST, muchLater)).isEqualTo(Presence.OFFLINE);
  }

  @Test
  void pushesWorkOnlyToAvailableAgentsAndRedistributesWhenAbsent() {
    assertThat(Presence.AVAILABLE.receivesNewWork()).isTrue();
    assertThat(Presence.BUSY.receivesNewWork()).isFalse();
    assertThat(Presence.BUSY.redistributesOpenWork()).isFalse();
    assertThat(Presence.AWAY.redistributesOpenWork()).isTrue();
    assertThat(Presence.OFFLINE.redistributesOpenWork()).isTrue();
  }

  @Test
  void refusesANonPositiveLimit() {
    assertThatThrownBy(() -> new InactivityPolicy(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }
}
