package io.purser.workspace;

import io.purser.NoNul;
import io.purser.identity.IdentityManagement;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Workspaces and channel accounts through the REST API. */
@RestController
@RequestMapping("/api/v1")
class WorkspaceController {

  private final WorkspaceManagement workspaces;
  private final ChannelAccountClaims claims;
  private final IdentityManagement identity;

  WorkspaceController(
      WorkspaceManagement workspaces, ChannelAccountClaims claims, IdentityManagement identity) {
    this.workspaces = workspaces;
    this.claims = claims;
    this.identity = identity;
  }

  record CreateWorkspace(
      @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String slug,
      @NotBlank @Size(max = 200) @NoNul String name) {}

  record RegisterAccount(
      @NotBlank @Pattern(regexp = "(?i)x|facebook|instagram|whatsapp") String network,
      @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z_.:-]+") String externalId,
      @NotBlank @Size(max = 200) @NoNul String name,
      @Size(max = 4000) @NoNul String accessToken,
      @Positive Long workspaceId) {}

  record AccountView(long id, String network, String externalId, String name) {
    static AccountView of(ChannelAccount a) {
      return new AccountView(a.id(), a.network().wireName(), a.externalId(), a.name());
    }
  }

  /** Only the bootstrap token creates workspaces; the answer carries the new one's admin token. */
  @PostMapping("/workspaces")
  @Transactional
  ResponseEntity<?> createWorkspace(
      PurserPrincipal principal, @Valid @RequestBody CreateWorkspace body) {
    if (!principal.system()) {
      return problem(HttpStatus.FORBIDDEN, "Only the bootstrap admin token may create workspaces");
    }
    if (workspaces.findBySlug(body.slug()).isPresent()) {
      return problem(HttpStatus.CONFLICT, "A workspace with slug '" + body.slug() + "' exists");
    }
    var workspace = workspaces.create(body.slug(), body.name());
    var token = identity.createToken(workspace.id(), "admin", Role.ADMIN);
    return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.id()))
        .body(Map.of("id", workspace.id(), "slug", workspace.slug(), "adminToken", token));
  }

  /**
   * A workspace admin registers an account of the workspace by proving it holds the account's
   * access token; the installation's operator (the bootstrap token) registers any account for any
   * workspace ({@code workspaceId}) without proof.
   */
  @PostMapping("/channel-accounts")
  ResponseEntity<?> register(PurserPrincipal principal, @Valid @RequestBody RegisterAccount body) {
    if (!principal.can(Role.ADMIN)) {
      return problem(HttpStatus.FORBIDDEN, "Only an admin may register channel accounts");
    }
    var network = Network.fromWireName(body.network());
    if (principal.system()) {
      return registerAsOperator(principal, network, body);
    }
    if (body.workspaceId() != null && body.workspaceId() != principal.workspaceId()) {
      return problem(
          HttpStatus.FORBIDDEN,
          "Only the installation's operator registers accounts for another workspace");
    }
    var result =
        claims.claim(
            principal.workspaceId(), network, body.externalId(), body.name(), body.accessToken());
    return answer(principal.workspaceId(), body, result);
  }

  private ResponseEntity<?> registerAsOperator(
      PurserPrincipal operator, Network network, RegisterAccount body) {
    long target = body.workspaceId() == null ? operator.workspaceId() : body.workspaceId();
    if (workspaces.find(target).isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "There is no workspace " + target);
    }
    var result =
        workspaces.register(target, network, body.externalId(), body.name(), body.accessToken());
    return answer(target, body, result);
  }

  private static ResponseEntity<?> answer(
      long workspaceId, RegisterAccount body, WorkspaceManagement.Registration result) {
    if (result instanceof WorkspaceManagement.Registration.Registered registered) {
      var account = registered.account();
      return ResponseEntity.created(URI.create("/api/v1/channel-accounts/" + account.id()))
          .body(AccountView.of(account));
    }
    if (result instanceof WorkspaceManagement.Registration.AlreadyRegistered taken) {
      // Only a caller who proved ownership, or the operator, gets this far.
      var where =
          taken.ownerWorkspaceId() == workspaceId
              ? "registered in this workspace"
              : "connected to another workspace";
      return problem(
          HttpStatus.CONFLICT,
          "The %s account %s is already %s".formatted(body.network(), body.externalId(), where));
    }
    var proof = ((WorkspaceManagement.Registration.Unproven) result).proof();
    if (proof instanceof OwnershipProof.NetworkUnavailable unavailable) {
      return problem(
          unavailable.answered() ? HttpStatus.BAD_GATEWAY : HttpStatus.SERVICE_UNAVAILABLE,
          "could not verify ownership: " + unavailable.why());
    }
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "could not verify ownership: " + ((OwnershipProof.Disproven) proof).why());
  }

  @GetMapping("/channel-accounts")
  Map<String, List<AccountView>> list(PurserPrincipal principal) {
    return Map.of(
        "items",
        workspaces.accounts(principal.workspaceId()).stream().map(AccountView::of).toList());
  }

  private static ResponseEntity<?> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
