package io.purser.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the console's password sign-in is guarded (SP 800-63B).
 *
 * @param defaultWorkspace the slug of the workspace a sign-in without a workspace goes to (the demo
 *     sets {@code demo-air})
 * @param minPasswordLength the fewest characters a new password may have: by default SP 800-63B-4's
 *     minimum for a password that is the only factor; 8 (the least accepted) is enough when a
 *     second factor guards the console, for example behind single sign-on
 * @param accountMaxDelay the longest wait between two failed sign-ins of one account, from any
 *     source (the back-off doubles up to it; it never becomes a lock-out)
 * @param addressMaxDelay the longest wait between two failed sign-ins from one client address, to
 *     any account
 */
@ConfigurationProperties(prefix = "purser.login")
public record LoginSettings(
    @DefaultValue("default") String defaultWorkspace,
    @DefaultValue("15") int minPasswordLength,
    @DefaultValue("1m") Duration accountMaxDelay,
    @DefaultValue("5m") Duration addressMaxDelay) {

  static final int LEAST_MIN_PASSWORD_LENGTH = 8;

  public LoginSettings {
    if (minPasswordLength < LEAST_MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "purser.login.min-password-length must be at least " + LEAST_MIN_PASSWORD_LENGTH);
    }
  }
}
