package io.purser.console;

import io.purser.identity.IdentityManagement;
import io.purser.identity.IdentityManagement.UserProfile;
import io.purser.identity.PurserPrincipal;
import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows around its content: who is signed in. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

  static final String AGENT_NAME = "agentName";

  private final IdentityManagement identity;

  ConsoleModel(IdentityManagement identity) {
    this.identity = identity;
  }

  @ModelAttribute(AGENT_NAME)
  String agentName(Principal principal) {
    if (principal == null) {
      return null;
    }
    return identity
        .profile(PurserPrincipal.current().orElse(null))
        .map(UserProfile::displayName)
        .filter(name -> !name.isBlank())
        .orElse(principal.getName());
  }
}
