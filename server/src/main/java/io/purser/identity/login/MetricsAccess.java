package io.purser.identity.login;

import io.purser.identity.IdentitySettings;
import io.purser.identity.MetricsSettings;
import io.purser.identity.token.TokenHash;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/** Lets a scraper read the metrics with the metrics token or the operator's bootstrap token. */
@Component
class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

  private final MetricsSettings metrics;
  private final IdentitySettings identity;

  MetricsAccess(MetricsSettings metrics, IdentitySettings identity) {
    this.metrics = metrics;
    this.identity = identity;
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    var header = context.getRequest().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return new AuthorizationDecision(false);
    }
    var presented = header.substring(7).trim();
    return new AuthorizationDecision(
        matches(presented, metrics.token()) || matches(presented, identity.apiToken()));
  }

  private static boolean matches(String presented, String expected) {
    return expected != null && !expected.isBlank() && TokenHash.sameToken(presented, expected);
  }
}
