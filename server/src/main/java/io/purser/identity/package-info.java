/**
 * Who may do what, and who did what: console users with roles (agent, supervisor, admin) whose
 * names are unique within their workspace; the console's form login in a named workspace, with
 * passwords held to SP 800-63B ({@code PasswordPolicy}) and failed sign-ins slowed without lock-out
 * ({@code LoginThrottle}); API tokens (each bound to one workspace, revocable, plus the bootstrap
 * admin token from {@code PURSER_API_TOKEN}); the metrics token; users deactivated and reactivated;
 * the {@link io.purser.identity.PurserPrincipal} every controller receives, which carries the
 * workspace that scopes every query; and the append-only audit log ({@link
 * io.purser.identity.AuditTrail}, fed by {@link io.purser.identity.AuditedChange}), read by a
 * workspace's administrators at {@code /api/v1/audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.purser.identity;
