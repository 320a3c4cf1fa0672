package io.purser.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A workspace admin creates API tokens and console users through the REST API. */
@RestController
@RequestMapping("/api/v1")
class IdentityAdminController {

  private final IdentityManagement identity;

  IdentityAdminController(IdentityManagement identity) {
    this.identity = identity;
  }

  /** A workspace token with a role, or (with userId) a token that acts for that user. */
  record CreateToken(@NotBlank @Size(max = 200) String name, Role role, Long userId) {}

  record CreateUser(
      @NotBlank @Size(max = 100) String username,
      @NotBlank @Size(min = 4, max = 200) String password,
      Role role,
      @Size(max = 200) String displayName,
      @Size(max = 16) String signature) {}

  @PostMapping("/tokens")
  ResponseEntity<?> createToken(PurserPrincipal principal, @Valid @RequestBody CreateToken body) {
    if (!principal.can(Role.ADMIN)) {
      return forbidden("Only an admin may create tokens");
    }
    if (body.userId() != null) {
      return identity
          .createUserToken(principal.workspaceId(), body.name(), body.userId())
          .<ResponseEntity<?>>map(
              token ->
                  ResponseEntity.status(HttpStatus.CREATED)
                      .body(Map.of("token", token, "userId", body.userId())))
          .orElseGet(
              () ->
                  ResponseEntity.status(HttpStatus.NOT_FOUND)
                      .body(
                          ProblemDetail.forStatusAndDetail(
                              HttpStatus.NOT_FOUND, "No user " + body.userId())));
    }
    var role = body.role() == null ? Role.AGENT : body.role();
    var token = identity.createToken(principal.workspaceId(), body.name(), role);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("token", token, "role", role.name()));
  }

  @PostMapping("/users")
  ResponseEntity<?> createUser(PurserPrincipal principal, @Valid @RequestBody CreateUser body) {
    if (!principal.can(Role.ADMIN)) {
      return forbidden("Only an admin may create users");
    }
    var role = body.role() == null ? Role.AGENT : body.role();
    var name = body.displayName() == null ? body.username() : body.displayName();
    return identity
        .createUser(
            principal.workspaceId(), body.username(), body.password(), role, name, body.signature())
        .<ResponseEntity<?>>map(
            id -> ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id)))
        .orElseGet(
            () ->
                ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(
                        ProblemDetail.forStatusAndDetail(
                            HttpStatus.CONFLICT, "The user name is already taken")));
  }

  private static ResponseEntity<?> forbidden(String detail) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail));
  }
}
