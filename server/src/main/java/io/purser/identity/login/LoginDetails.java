package io.purser.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the login form says besides the user name and password: the workspace (its slug; blank for
 * the installation's default sign-in workspace) and the client's address, which honours {@code
 * X-Forwarded-For} only when {@code server.forward-headers-strategy} says to.
 */
class LoginDetails extends WebAuthenticationDetails {

  private final String workspace;

  LoginDetails(HttpServletRequest request) {
    super(request);
    var field = request.getParameter("workspace");
    this.workspace = field == null ? "" : field.strip();
  }

  String workspace() {
    return workspace;
  }
}
