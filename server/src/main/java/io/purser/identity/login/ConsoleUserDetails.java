package io.purser.identity.login;

import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A console user as Spring Security sees it, carrying the workspace it belongs to. */
record ConsoleUserDetails(PurserPrincipal principal, String username, String password)
    implements UserDetails {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return authorities(principal.role());
  }

  @Override
  public String getPassword() {
    return password;
  }

  @Override
  public String getUsername() {
    return username;
  }

  static List<GrantedAuthority> authorities(Role role) {
    return java.util.Arrays.stream(Role.values())
        .filter(role::includes)
        .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
        .toList();
  }

  @Override
  public String toString() {
    return "ConsoleUserDetails[" + username + "]";
  }
}
