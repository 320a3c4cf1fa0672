package io.purser.identity.login;

import io.purser.identity.IdentityManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} on the REST API. A missing or unknown token
 * leaves the request anonymous, and the API's entry point answers 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private final IdentityManagement identity;

  BearerTokenFilter(IdentityManagement identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      identity
          .authenticate(header.substring(7).trim())
          .ifPresent(
              principal ->
                  SecurityContextHolder.getContext()
                      .setAuthentication(
                          new UsernamePasswordAuthenticationToken(
                              principal, null, ConsoleUserDetails.authorities(principal.role()))));
    }
    chain.doFilter(request, response);
  }
}
