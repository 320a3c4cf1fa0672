package io.purser.identity.login;

import io.purser.identity.LoginSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without locking anyone out (SP 800-63B §5.2.2). Failed sign-ins are
 * counted three ways: per account and client address, per client address (one source trying many
 * accounts), and per account from anywhere (many sources trying one account). After a few free
 * failures each count imposes a wait that doubles with every further failure, up to a cap; a
 * sign-in inside a wait is refused without its password being checked, so it gives an attacker no
 * guess, and it does not count as a failure, so hammering never makes the wait longer than the cap.
 * A correct password therefore always gets in after at most the cap. A success clears its account's
 * counts. Counts are forgotten an hour after their last failure and live in this node's memory
 * (each node of a cluster throttles on its own).
 */
@Component
class LoginThrottle {

  static final int FREE_PER_ACCOUNT_AND_ADDRESS = 5;
  static final int FREE_PER_ADDRESS = 20;
  static final int FREE_PER_ACCOUNT = 10;
  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int PURGE_ABOVE = 50_000;

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final LoginSettings settings;

  LoginThrottle(Clock clock, LoginSettings settings) {
    this.clock = clock;
    this.settings = settings;
  }

  /** How long this sign-in must still wait, or empty when its password may be checked now. */
  Optional<Duration> wait(String account, String address) {
    var now = clock.instant();
    return longest(
        remaining(pair(account, address), FREE_PER_ACCOUNT_AND_ADDRESS, accountCap(), now),
        remaining("a|" + address, FREE_PER_ADDRESS, settings.addressMaxDelay(), now),
        remaining("u|" + account, FREE_PER_ACCOUNT, accountCap(), now));
  }

  void failed(String account, String address) {
    var now = clock.instant();
    if (failures.size() > PURGE_ABOVE) {
      failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
    }
    for (var key : new String[] {pair(account, address), "a|" + address, "u|" + account}) {
      failures.merge(key, new Failures(1, now), (old, one) -> next(old, now));
    }
  }

  void succeeded(String account, String address) {
    failures.remove(pair(account, address));
    failures.remove("u|" + account);
  }

  /** The wait after {@code count} failures of which {@code free} cost nothing. */
  static Duration delay(int count, int free, Duration cap) {
    if (count < free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(count - free, 30);
    var delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  private Failures next(Failures old, Instant now) {
    boolean forgotten = old.last().plus(FORGET_AFTER).isBefore(now);
    return new Failures(forgotten ? 1 : old.count() + 1, now);
  }

  private Duration remaining(String key, int free, Duration cap, Instant now) {
    var entry = failures.get(key);
    if (entry == null || entry.last().plus(FORGET_AFTER).isBefore(now)) {
      return Duration.ZERO;
    }
    var until = entry.last().plus(delay(entry.count(), free, cap));
    return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
  }

  private Duration accountCap() {
    return settings.accountMaxDelay();
  }

  private static String pair(String account, String address) {
    return "p|" + account + "|" + address;
  }

  private static Optional<Duration> longest(Duration... waits) {
    var longest = Duration.ZERO;
    for (var wait : waits) {
      if (wait.compareTo(longest) > 0) {
        longest = wait;
      }
    }
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }
}
