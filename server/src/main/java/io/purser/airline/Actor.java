package io.purser.airline;

import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;

/** Who acts: a console user (or a token acting for one) or a workspace token (userId null). */
public record Actor(Long userId, String name, boolean supervisor) {

  /** The signed-in caller, a supervisor when their role says so. */
  public static Actor of(PurserPrincipal caller) {
    return new Actor(caller.userId(), caller.name(), caller.can(Role.SUPERVISOR));
  }
}
