package io.purser.identity.login;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without its password being checked, because it came inside a back-off. */
class LoginThrottled extends AuthenticationException {

  private final Duration wait;

  LoginThrottled(Duration wait) {
    super("Too many failed sign-ins: try again in " + wait.toSeconds() + " s");
    this.wait = wait;
  }

  Duration waitFor() {
    return wait;
  }
}
