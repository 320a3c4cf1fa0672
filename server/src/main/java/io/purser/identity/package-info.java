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
 *
 * <p>Offers: {@link io.purser.identity.PurserPrincipal} and {@link io.purser.identity.Role} for
 * every controller, {@link io.purser.identity.IdentityManagement} (users and tokens), {@link
 * io.purser.identity.AuditTrail} and {@link io.purser.identity.AuditedChange} for every module that
 * records a change, and the security filter chains. Keeps to itself: its tables (app_user,
 * api_token, audit_event), token hashing, password policy and hashing, the sign-in throttle and its
 * admin controllers. Inside: {@code audit} (the log's table, state redaction, its controller),
 * {@code login} (filter chains, form sign-in, throttle, password hashing, bearer tokens, metrics
 * access), {@code token} (API token table and hashing), {@code user} (the user table) and {@code
 * web} (user and token administration).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.purser.identity;
