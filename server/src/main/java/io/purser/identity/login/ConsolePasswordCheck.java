package io.purser.identity.login;

import io.purser.identity.LoginSettings;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.user.Users;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one place a password is checked: the console's sign-in. The user is looked up by name in the
 * workspace the form names (the default sign-in workspace when it names none), the throttle decides
 * whether the password may be checked at all, and a deactivated user is refused like a wrong
 * password, so a sign-in never tells which names exist.
 */
@Component
class ConsolePasswordCheck implements AuthenticationProvider {

  private final Users users;
  private final PasswordEncoder passwords;
  private final LoginThrottle throttle;
  private final LoginSettings settings;
  private final String unknownUserHash;

  ConsolePasswordCheck(
      Users users, PasswordEncoder passwords, LoginThrottle throttle, LoginSettings settings) {
    this.users = users;
    this.passwords = passwords;
    this.throttle = throttle;
    this.settings = settings;
    // An unknown name costs a hash check too, so timing does not tell which names exist.
    this.unknownUserHash = passwords.encode("no such user, no such password");
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    var username = String.valueOf(attempt.getPrincipal());
    var password = String.valueOf(attempt.getCredentials());
    var details = attempt.getDetails() instanceof LoginDetails d ? d : null;
    var workspace =
        details == null || details.workspace().isEmpty()
            ? settings.defaultWorkspace()
            : details.workspace().toLowerCase(Locale.ROOT);
    var address = details == null ? "unknown" : details.getRemoteAddress();
    var account = workspace + "/" + PasswordHashing.normalise(username).toLowerCase(Locale.ROOT);
    var wait = throttle.wait(account, address);
    if (wait.isPresent()) {
      throw new LoginThrottled(wait.get());
    }
    var user = users.findForLogin(workspace, username);
    var hash = user.map(Users.StoredUser::passwordHash).orElse(unknownUserHash);
    boolean matches = passwords.matches(password, hash);
    if (user.isEmpty() || !matches || !user.get().active()) {
      throttle.failed(account, address);
      throw new BadCredentialsException("The user name or password is wrong");
    }
    throttle.succeeded(account, address);
    var u = user.get();
    var principal =
        new PurserPrincipal(u.workspaceId(), u.id(), null, u.username(), u.role(), false);
    var signedIn = new ConsoleUserDetails(principal, u.username(), "");
    var result =
        UsernamePasswordAuthenticationToken.authenticated(
            signedIn, null, signedIn.getAuthorities());
    result.setDetails(details);
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
