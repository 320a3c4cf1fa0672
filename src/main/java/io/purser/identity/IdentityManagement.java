package io.purser.identity;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's API: console users, API tokens and who a bearer token stands for. */
@Service
public class IdentityManagement {

  private final Users users;
  private final ApiTokens tokens;
  private final PasswordEncoder passwords;
  private final BootstrapWorkspace bootstrapWorkspace;
  private final IdentitySettings settings;
  private final ApplicationEventPublisher events;

  IdentityManagement(
      Users users,
      ApiTokens tokens,
      PasswordEncoder passwords,
      BootstrapWorkspace bootstrapWorkspace,
      IdentitySettings settings,
      ApplicationEventPublisher events) {
    this.users = users;
    this.tokens = tokens;
    this.passwords = passwords;
    this.bootstrapWorkspace = bootstrapWorkspace;
    this.settings = settings;
    this.events = events;
  }

  @Transactional
  public String createToken(long workspaceId, String name, Role role) {
    return tokens.create(workspaceId, name, role, null);
  }

  /**
   * Creates a token that acts for a console user of the workspace, with the user's role; empty when
   * the workspace has no such user.
   */
  @Transactional
  public Optional<String> createUserToken(long workspaceId, String name, long userId) {
    return users
        .findById(workspaceId, userId)
        .map(user -> tokens.create(workspaceId, name, user.role(), user.id()));
  }

  /** Creates a console user; empty when the user name is already taken. */
  @Transactional
  public Optional<Long> createUser(
      long workspaceId,
      String username,
      String password,
      Role role,
      String displayName,
      String signature) {
    var id =
        users.insert(
            workspaceId, username, passwords.encode(password), role, displayName, signature);
    id.ifPresent(userId -> events.publishEvent(new UserCreated(workspaceId, userId, role)));
    return id;
  }

  /** The caller a bearer token stands for: the bootstrap token or a workspace token. */
  public Optional<PurserPrincipal> authenticate(String token) {
    if (settings.apiToken() != null
        && !settings.apiToken().isBlank()
        && TokenHash.sameToken(token, settings.apiToken())) {
      return Optional.of(
          new PurserPrincipal(bootstrapWorkspace.id(), null, "bootstrap", Role.ADMIN, true));
    }
    return tokens.find(token);
  }

  /** A console user's display name and reply signature (for example {@code ^AB}). */
  public Optional<UserProfile> profile(String username) {
    return users
        .findByUsername(username)
        .map(u -> new UserProfile(u.id(), u.username(), u.displayName(), u.signature(), u.role()));
  }

  public record UserProfile(
      long id, String username, String displayName, String signature, Role role) {}
}
