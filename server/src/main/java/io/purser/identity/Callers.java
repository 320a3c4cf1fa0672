package io.purser.identity;

import io.purser.identity.token.ApiTokens;
import io.purser.identity.token.TokenHash;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who a bearer token stands for, and the audit of what the current caller changes. */
@Component
class Callers {

  private final ApiTokens tokens;
  private final BootstrapWorkspace bootstrapWorkspace;
  private final IdentitySettings settings;
  private final AuditTrail audit;

  Callers(
      ApiTokens tokens,
      BootstrapWorkspace bootstrapWorkspace,
      IdentitySettings settings,
      AuditTrail audit) {
    this.tokens = tokens;
    this.bootstrapWorkspace = bootstrapWorkspace;
    this.settings = settings;
    this.audit = audit;
  }

  Optional<PurserPrincipal> authenticate(String token) {
    if (settings.apiToken() != null
        && !settings.apiToken().isBlank()
        && TokenHash.sameToken(token, settings.apiToken())) {
      return Optional.of(
          new PurserPrincipal(bootstrapWorkspace.id(), null, null, "bootstrap", Role.ADMIN, true));
    }
    return tokens.find(token);
  }

  /**
   * Records a change the current caller made in a workspace (the bootstrap token's changes land in
   * the workspace they concern, such as the one it has just created). Nothing without a caller.
   */
  void audit(long workspaceId, AuditedChange change) {
    PurserPrincipal.current().ifPresent(actor -> audit.record(workspaceId, actor, change));
  }
}
