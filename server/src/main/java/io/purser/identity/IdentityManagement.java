package io.purser.identity;

import io.purser.identity.token.ApiTokens;
import io.purser.identity.user.Users;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's API: console users, API tokens and who a bearer token stands for. Every
 * change made for a caller is written to the audit log in the same transaction.
 */
@Service
public class IdentityManagement {

  private final Users users;
  private final ApiTokens tokens;
  private final PasswordEncoder passwords;
  private final PasswordPolicy policy;
  private final Callers callers;
  private final ApplicationEventPublisher events;

  IdentityManagement(
      Users users,
      ApiTokens tokens,
      PasswordEncoder passwords,
      PasswordPolicy policy,
      Callers callers,
      ApplicationEventPublisher events) {
    this.users = users;
    this.tokens = tokens;
    this.passwords = passwords;
    this.policy = policy;
    this.callers = callers;
    this.events = events;
  }

  /** Creates a workspace token with a role and returns it in clear, the only time it is shown. */
  @Transactional
  public String createToken(long workspaceId, String name, Role role) {
    var created = tokens.create(workspaceId, name, role, null);
    callers.audit(
        workspaceId,
        new AuditedChange(
            "token.create", "token", created.id(), null, view(created.id(), name, role, null)));
    return created.token();
  }

  /**
   * Creates a token that acts for a console user of the workspace, with the user's role; empty when
   * the workspace has no such user.
   */
  @Transactional
  public Optional<String> createUserToken(long workspaceId, String name, long userId) {
    return users
        .findById(workspaceId, userId)
        .map(
            user -> {
              var created = tokens.create(workspaceId, name, user.role(), user.id());
              callers.audit(
                  workspaceId,
                  new AuditedChange(
                      "token.create",
                      "token",
                      created.id(),
                      null,
                      view(created.id(), name, user.role(), user.id())));
              return created.token();
            });
  }

  /** The workspace's tokens, revoked ones included; never the tokens themselves. */
  public List<TokenView> tokens(long workspaceId) {
    return tokens.list(workspaceId).stream().map(IdentityManagement::view).toList();
  }

  /** Revokes a token of the workspace; empty when the workspace has no such token. */
  @Transactional
  public Optional<TokenView> revokeToken(long workspaceId, long tokenId) {
    var before = tokens.findById(workspaceId, tokenId).map(IdentityManagement::view);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    tokens.revoke(workspaceId, tokenId);
    var after = tokens.findById(workspaceId, tokenId).map(IdentityManagement::view).orElseThrow();
    callers.audit(
        workspaceId, new AuditedChange("token.revoke", "token", tokenId, before.get(), after));
    return Optional.of(after);
  }

  /**
   * Creates a console user after checking the password against the policy; the user name needs to
   * be free in this workspace only.
   */
  @Transactional
  public UserCreation createUser(long workspaceId, NewUser user) {
    var refused =
        policy.problem(user.password(), user.username(), users.workspaceSlug(workspaceId));
    if (refused.isPresent()) {
      return new UserCreation.PasswordRefused(refused.get());
    }
    return insert(workspaceId, user)
        .<UserCreation>map(UserCreation.Created::new)
        .orElseGet(UserCreation.NameTaken::new);
  }

  /**
   * Creates a user without the password policy: only for logins an installation sets up itself,
   * such as the demo's printed {@code agent} / {@code demo}. Empty when the name is taken.
   */
  @Transactional
  public Optional<Long> seedUser(long workspaceId, NewUser user) {
    return insert(workspaceId, user);
  }

  /** The workspace's console users. */
  public List<UserView> users(long workspaceId) {
    return users.list(workspaceId).stream().map(IdentityManagement::view).toList();
  }

  /** Deactivates or reactivates a user of the workspace; empty when it has no such user. */
  @Transactional
  public Optional<UserView> setActive(long workspaceId, long userId, boolean active) {
    return change(
        workspaceId,
        userId,
        active ? "user.reactivate" : "user.deactivate",
        () -> users.setActive(workspaceId, userId, active));
  }

  /** Gives a user of the workspace another role; empty when it has no such user. */
  @Transactional
  public Optional<UserView> setRole(long workspaceId, long userId, Role role) {
    return change(workspaceId, userId, "user.role", () -> users.setRole(workspaceId, userId, role));
  }

  /** The caller a bearer token stands for: the bootstrap token or a live workspace token. */
  public Optional<PurserPrincipal> authenticate(String token) {
    return callers.authenticate(token);
  }

  /** A console user's display name and reply signature (for example {@code ^AB}). */
  public Optional<UserProfile> profile(PurserPrincipal caller) {
    if (caller == null || caller.userId() == null) {
      return Optional.empty();
    }
    return users
        .findById(caller.workspaceId(), caller.userId())
        .map(u -> new UserProfile(u.id(), u.username(), u.displayName(), u.signature(), u.role()));
  }

  private Optional<Long> insert(long workspaceId, NewUser user) {
    var role = user.role() == null ? Role.AGENT : user.role();
    var name = user.displayName() == null ? user.username() : user.displayName();
    var id =
        users.insert(
            workspaceId,
            user.username(),
            passwords.encode(user.password()),
            role,
            name,
            user.signature());
    id.ifPresent(
        userId -> {
          events.publishEvent(new UserCreated(workspaceId, userId, role));
          callers.audit(
              workspaceId,
              new AuditedChange(
                  "user.create",
                  "user",
                  userId,
                  null,
                  users.findById(workspaceId, userId).map(IdentityManagement::view).orElseThrow()));
        });
    return id;
  }

  private Optional<UserView> change(long workspaceId, long userId, String action, Runnable update) {
    var before = users.findById(workspaceId, userId).map(IdentityManagement::view);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    update.run();
    var after = users.findById(workspaceId, userId).map(IdentityManagement::view).orElseThrow();
    callers.audit(workspaceId, new AuditedChange(action, "user", userId, before.get(), after));
    return Optional.of(after);
  }

  private static TokenView view(long id, String name, Role role, Long userId) {
    return new TokenView(id, name, role, userId, null, null);
  }

  private static TokenView view(ApiTokens.StoredToken t) {
    return new TokenView(t.id(), t.name(), t.role(), t.userId(), t.createdAt(), t.revokedAt());
  }

  private static UserView view(Users.StoredUser u) {
    return new UserView(u.id(), u.username(), u.displayName(), u.signature(), u.role(), u.active());
  }

  public record UserProfile(
      long id, String username, String displayName, String signature, Role role) {}
}
