package io.purser.identity.login;

import io.purser.identity.PurserPrincipal;
import io.purser.identity.user.Users;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a signed-in console user from the database on every request, so deactivating a user ends
 * their live sessions at their next click, and a changed role applies at once. One primary-key read
 * per console request.
 */
class SignedInUserCheck extends OncePerRequestFilter {

  private final Users users;

  SignedInUserCheck(Users users) {
    this.users = users;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var context = SecurityContextHolder.getContext();
    var authentication = context.getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof ConsoleUserDetails u) {
      var signedIn = u.principal();
      var stored = users.findById(signedIn.workspaceId(), signedIn.userId());
      if (stored.isEmpty() || !stored.get().active()) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
      } else if (stored.get().role() != signedIn.role()) {
        var now =
            new PurserPrincipal(
                signedIn.workspaceId(),
                signedIn.userId(),
                null,
                signedIn.name(),
                stored.get().role(),
                false);
        var details = new ConsoleUserDetails(now, u.username(), "");
        var replaced =
            UsernamePasswordAuthenticationToken.authenticated(
                details, null, details.getAuthorities());
        replaced.setDetails(authentication.getDetails());
        context.setAuthentication(replaced);
      }
    }
    chain.doFilter(request, response);
  }
}
