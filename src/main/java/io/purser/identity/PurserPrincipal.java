package io.purser.identity;

/**
 * The caller of a request: a console user or an API token, always inside one workspace.
 *
 * @param workspaceId the only workspace whose data this caller can see
 * @param userId the console user, or null for an API token
 * @param name a user name or a token name, for audit and display
 * @param system true only for the bootstrap token, which may also create workspaces and see
 *     deliveries that belong to no workspace yet
 */
public record PurserPrincipal(
    long workspaceId, Long userId, String name, Role role, boolean system) {

  public boolean can(Role needed) {
    return role.includes(needed);
  }

  /** The caller of the request being handled on this thread, if it is authenticated. */
  public static java.util.Optional<PurserPrincipal> current() {
    return PrincipalArgumentResolver.current();
  }
}
