package io.purser.identity;

import io.purser.identity.login.PrincipalArgumentResolver;

/**
 * The caller of a request: a console user or an API token, always inside one workspace.
 * Serializable because a console session keeps it (in the database, shared by the nodes).
 *
 * @param workspaceId the only workspace whose data this caller can see
 * @param userId the console user (signed in, or the user a token acts for), or null for a workspace
 *     token
 * @param tokenId the API token the request came with, or null for a console session and the
 *     bootstrap token
 * @param name a user name or a token name, for audit and display
 * @param system true only for the bootstrap token, which may also create workspaces and see
 *     deliveries that belong to no workspace yet
 */
public record PurserPrincipal(
    long workspaceId, Long userId, Long tokenId, String name, Role role, boolean system)
    implements java.io.Serializable {

  public boolean can(Role needed) {
    return role.includes(needed);
  }

  /** The caller of the request being handled on this thread, if it is authenticated. */
  public static java.util.Optional<PurserPrincipal> current() {
    return PrincipalArgumentResolver.current();
  }
}
