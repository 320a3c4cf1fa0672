/**
 * Who may do what: console users with roles (agent, supervisor, admin), form login, API tokens
 * (each bound to one workspace, plus the bootstrap admin token from {@code PURSER_API_TOKEN}), and
 * the {@link io.purser.identity.PurserPrincipal} every controller receives, which carries the
 * workspace that scopes every query.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.purser.identity;
