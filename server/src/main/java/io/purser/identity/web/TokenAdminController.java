package io.purser.identity.web;

import io.purser.identity.IdentityManagement;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.identity.TokenView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A workspace admin creates, lists and revokes the workspace's API tokens. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenAdminController {

  private final IdentityManagement identity;

  TokenAdminController(IdentityManagement identity) {
    this.identity = identity;
  }

  /** A workspace token with a role, or (with userId) a token that acts for that user. */
  /**
   * No NUL character (PostgreSQL cannot store one): a 400, not a 500. Identity keeps its own
   * pattern, as the shared {@code io.purser.NoNul} would make the root package and identity a
   * cycle.
   */
  static final String NO_NUL = "[^\\x00]*";

  record CreateToken(
      @NotBlank
          @Size(max = 200)
          @Pattern(regexp = NO_NUL, message = "must not contain NUL characters")
          String name,
      Role role,
      Long userId) {}

  @PostMapping
  ResponseEntity<?> create(PurserPrincipal principal, @Valid @RequestBody CreateToken body) {
    if (!principal.can(Role.ADMIN)) {
      return problem(HttpStatus.FORBIDDEN, "Only an admin may create tokens");
    }
    if (body.userId() != null) {
      return identity
          .createUserToken(principal.workspaceId(), body.name(), body.userId())
          .<ResponseEntity<?>>map(
              token ->
                  ResponseEntity.status(HttpStatus.CREATED)
                      .body(Map.of("token", token, "userId", body.userId())))
          .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No user " + body.userId()));
    }
    var role = body.role() == null ? Role.AGENT : body.role();
    var token = identity.createToken(principal.workspaceId(), body.name(), role);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("token", token, "role", role.name()));
  }

  @GetMapping
  ResponseEntity<?> list(PurserPrincipal principal) {
    if (!principal.can(Role.ADMIN)) {
      return problem(HttpStatus.FORBIDDEN, "Only an admin may list tokens");
    }
    return ResponseEntity.ok(
        Map.<String, List<TokenView>>of("items", identity.tokens(principal.workspaceId())));
  }

  /** Revokes a token: from this moment every request carrying it answers 401. */
  @DeleteMapping("/{id}")
  ResponseEntity<?> revoke(PurserPrincipal principal, @PathVariable long id) {
    if (!principal.can(Role.ADMIN)) {
      return problem(HttpStatus.FORBIDDEN, "Only an admin may revoke tokens");
    }
    return identity
        .revokeToken(principal.workspaceId(), id)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No token " + id));
  }

  static ResponseEntity<?> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
