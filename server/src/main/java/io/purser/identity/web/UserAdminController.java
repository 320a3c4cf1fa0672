package io.purser.identity.web;

import io.purser.identity.IdentityManagement;
import io.purser.identity.NewUser;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.identity.UserCreation;
import io.purser.identity.UserView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace admin creates console users, lists them, changes their role and deactivates or
 * reactivates them. Another workspace's user ids answer 404, as if they did not exist.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserAdminController {

  private final IdentityManagement identity;

  UserAdminController(IdentityManagement identity) {
    this.identity = identity;
  }

  record CreateUser(
      @NotBlank
          @Size(max = 100)
          @Pattern(
              regexp = TokenAdminController.NO_NUL,
              message = "must not contain NUL characters")
          String username,
      @NotNull
          @Size(max = 4096)
          @Pattern(
              regexp = TokenAdminController.NO_NUL,
              message = "must not contain NUL characters")
          String password,
      Role role,
      @Size(max = 200)
          @Pattern(
              regexp = TokenAdminController.NO_NUL,
              message = "must not contain NUL characters")
          String displayName,
      @Size(max = 16)
          @Pattern(
              regexp = TokenAdminController.NO_NUL,
              message = "must not contain NUL characters")
          String signature) {}

  record RoleChange(@NotNull Role role) {}

  @PostMapping
  ResponseEntity<?> create(PurserPrincipal principal, @Valid @RequestBody CreateUser body) {
    if (!principal.can(Role.ADMIN)) {
      return TokenAdminController.problem(HttpStatus.FORBIDDEN, "Only an admin may create users");
    }
    var user =
        new NewUser(
            body.username(), body.password(), body.role(), body.displayName(), body.signature());
    var outcome = identity.createUser(principal.workspaceId(), user);
    if (outcome instanceof UserCreation.Created created) {
      return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", created.id()));
    }
    if (outcome instanceof UserCreation.PasswordRefused refused) {
      return TokenAdminController.problem(HttpStatus.BAD_REQUEST, refused.reason());
    }
    return TokenAdminController.problem(
        HttpStatus.CONFLICT, "This workspace already has a user of that name");
  }

  @GetMapping
  ResponseEntity<?> list(PurserPrincipal principal) {
    if (!principal.can(Role.ADMIN)) {
      return TokenAdminController.problem(HttpStatus.FORBIDDEN, "Only an admin may list users");
    }
    return ResponseEntity.ok(
        Map.<String, List<UserView>>of("items", identity.users(principal.workspaceId())));
  }

  /** The user can no longer sign in, their sessions end and their tokens stop working. */
  @PostMapping("/{id}/deactivate")
  ResponseEntity<?> deactivate(PurserPrincipal principal, @PathVariable long id) {
    if (principal.can(Role.ADMIN) && Long.valueOf(id).equals(principal.userId())) {
      return TokenAdminController.problem(
          HttpStatus.CONFLICT, "An admin cannot deactivate themselves");
    }
    return setActive(principal, id, false);
  }

  @PostMapping("/{id}/reactivate")
  ResponseEntity<?> reactivate(PurserPrincipal principal, @PathVariable long id) {
    return setActive(principal, id, true);
  }

  @PutMapping("/{id}/role")
  ResponseEntity<?> role(
      PurserPrincipal principal, @PathVariable long id, @Valid @RequestBody RoleChange body) {
    if (!principal.can(Role.ADMIN)) {
      return TokenAdminController.problem(HttpStatus.FORBIDDEN, "Only an admin may change roles");
    }
    return found(identity.setRole(principal.workspaceId(), id, body.role()), id);
  }

  private ResponseEntity<?> setActive(PurserPrincipal principal, long id, boolean active) {
    if (!principal.can(Role.ADMIN)) {
      return TokenAdminController.problem(
          HttpStatus.FORBIDDEN, "Only an admin may deactivate or reactivate users");
    }
    return found(identity.setActive(principal.workspaceId(), id, active), id);
  }

  private static ResponseEntity<?> found(java.util.Optional<UserView> user, long id) {
    return user.<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> TokenAdminController.problem(HttpStatus.NOT_FOUND, "No user " + id));
  }
}
