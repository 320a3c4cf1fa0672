package io.purser.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the console's password sign-in is guarded (SP 800-63B).
 *
 * @param defaultWorkspace the slug of the workspace a sign-in without a workspace goes to ({@code
 *     default}; the demo sets {@code demo-air})
 * @param minPasswordLength the fewest characters a new password may have: 15 by default, SP
 *     800-63B-4's minimum for a password that is the only factor; 8 (the least accepted) is enough
 *     when a second factor guards the console, for example behind single sign-on
 * @param accountMaxDelay the longest wait between two failed sign-ins of one account, from any
 *     source (the back-off doubles up to it; it never becomes a lock-out)
 * @param addressMaxDelay the longest wait between two failed sign-ins from one client address, to
 *     any account
 */
@ConfigurationProperties(prefix = "purser.login")
public record LoginSettings(
    String defaultWorkspace,
    Integer minPasswordLength,
    Duration accountMaxDelay,
    Duration addressMaxDelay) {

  static final int LEAST_MIN_PASSWORD_LENGTH = 8;

  public LoginSettings {
    defaultWorkspace =
        defaultWorkspace == null || defaultWorkspace.isBlank() ? "default" : defaultWorkspace;
    minPasswordLength = minPasswordLength == null ? 15 : minPasswordLength;
    if (minPasswordLength < LEAST_MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "purser.login.min-password-length must be at least " + LEAST_MIN_PASSWORD_LENGTH);
    }
    accountMaxDelay = accountMaxDelay == null ? Duration.ofMinutes(1) : accountMaxDelay;
    addressMaxDelay = addressMaxDelay == null ? Duration.ofMinutes(5) : addressMaxDelay;
  }
}
