package io.purser.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.BoundSettings;
import io.purser.identity.LoginSettings;
import io.purser.testing.MovingClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  static final String ACCOUNT = "acme/ana";

  final MovingClock clock = new MovingClock(Instant.parse("2026-12-06T10:00:00Z"));
  final LoginThrottle throttle =
      new LoginThrottle(
          clock,
          BoundSettings.of(LoginSettings.class, "account-max-delay=1m", "address-max-delay=5m"));

  @Test
  void letsAFewMistakesThroughThenDoublesTheWait() {
    for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT_AND_ADDRESS - 1; i++) {
      assertThat(throttle.wait(ACCOUNT, "10.0.0.1")).isEmpty();
      throttle.failed(ACCOUNT, "10.0.0.1");
    }
    assertThat(throttle.wait(ACCOUNT, "10.0.0.1")).isEmpty();
    throttle.failed(ACCOUNT, "10.0.0.1");
    assertThat(throttle.wait(ACCOUNT, "10.0.0.1")).contains(Duration.ofSeconds(1));
    clock.move(Duration.ofSeconds(1));
    throttle.failed(ACCOUNT, "10.0.0.1");
    assertThat(throttle.wait(ACCOUNT, "10.0.0.1")).contains(Duration.ofSeconds(2));
  }

  @Test
  void neverWaitsLongerThanTheCapHoweverLongTheAttackGoesOn() {
    // One source on one account meets all three counts; here every cap is a minute.
    var throttle =
        new LoginThrottle(
            clock,
            BoundSettings.of(LoginSettings.class, "account-max-delay=1m", "address-max-delay=1m"));
    for (int i = 0; i < 500; i++) {
      var wait = throttle.wait(ACCOUNT, "10.0.0.1");
      assertThat(wait.orElse(Duration.ZERO)).isLessThanOrEqualTo(Duration.ofMinutes(1));
      wait.ifPresent(clock::move);
      throttle.failed(ACCOUNT, "10.0.0.1");
    }
    // An attempt inside the wait is refused without counting, so it cannot stretch the wait.
    assertThat(throttle.wait(ACCOUNT, "10.0.0.1")).contains(Duration.ofMinutes(1));
    clock.move(Duration.ofSeconds(59));
    assertThat(throttle.wait(ACCOUNT, "10.0.0.1")).contains(Duration.ofSeconds(1));
    clock.move(Duration.ofSeconds(1));
    assertThat(throttle.wait(ACCOUNT, "10.0.0.1")).as("the owner gets in after the cap").isEmpty();
  }

  @Test
  void slowsOneSourceTryingManyAccounts() {
    for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
      assertThat(throttle.wait("acme/user" + i, "10.0.0.9")).isEmpty();
      throttle.failed("acme/user" + i, "10.0.0.9");
    }
    assertThat(throttle.wait("acme/someone-else", "10.0.0.9")).isPresent();
    assertThat(throttle.wait("acme/someone-else", "10.0.0.10")).isEmpty();
  }

  @Test
  void slowsManySourcesTryingOneAccountButTheWaitStaysBounded() {
    for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
      throttle.failed(ACCOUNT, "10.0.1." + i);
    }
    assertThat(throttle.wait(ACCOUNT, "192.0.2.7")).contains(Duration.ofSeconds(1));
    assertThat(throttle.wait("acme/bo", "192.0.2.7")).isEmpty();
  }

  @Test
  void aSuccessClearsTheAccountsCountsAndAnHourForgetsTheRest() {
    for (int i = 0; i < 8; i++) {
      throttle.failed(ACCOUNT, "10.0.0.1");
    }
    throttle.succeeded(ACCOUNT, "10.0.0.1");
    assertThat(throttle.wait(ACCOUNT, "10.0.0.1")).isEmpty();
    for (int i = 0; i < 30; i++) {
      throttle.failed("acme/u" + i, "10.0.0.2");
    }
    assertThat(throttle.wait("acme/x", "10.0.0.2")).isPresent();
    clock.move(Duration.ofMinutes(61));
    assertThat(throttle.wait("acme/x", "10.0.0.2")).isEmpty();
  }
}
