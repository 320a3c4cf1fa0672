package io.purser.workspace;

import io.purser.NoNul;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.triage.BrandRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
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

/**
 * A brand's own triage rules through the REST API, e.g. hide "Manchester United" for @United.
 * Supervisors and admins change them; they apply to messages processed from then on.
 */
@RestController
@RequestMapping("/api/v1/triage/rules")
class BrandRuleController {

  private final WorkspaceManagement workspaces;

  BrandRuleController(WorkspaceManagement workspaces) {
    this.workspaces = workspaces;
  }

  record RuleRequest(
      @NotBlank @Size(max = 200) @NoNul String name,
      @NotNull BrandRule.Match match,
      @NotBlank @NoNul String pattern,
      @NotNull BrandRule.Action action,
      @Size(max = 200) @NoNul String value) {}

  @GetMapping
  Map<String, List<BrandRuleView>> list(PurserPrincipal principal) {
    return Map.of("items", workspaces.brandRuleViews(principal.workspaceId()));
  }

  @PostMapping
  ResponseEntity<?> create(PurserPrincipal principal, @Valid @RequestBody RuleRequest body) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only supervisors and admins change triage rules");
    }
    BrandRule rule;
    try {
      rule = new BrandRule(body.name(), body.match(), body.pattern(), body.action(), body.value());
    } catch (IllegalArgumentException invalid) {
      return problem(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }
    var created = workspaces.addBrandRule(principal.workspaceId(), rule);
    if (created.isEmpty()) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "A workspace may have at most "
              + BrandRules.MAX_PER_WORKSPACE
              + " triage rules; delete one before adding another");
    }
    return ResponseEntity.created(URI.create("/api/v1/triage/rules/" + created.get().id()))
        .body(created.get());
  }

  @DeleteMapping("/{id}")
  ResponseEntity<?> delete(PurserPrincipal principal, @PathVariable long id) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only supervisors and admins change triage rules");
    }
    if (!workspaces.deleteBrandRule(principal.workspaceId(), id)) {
      return problem(HttpStatus.NOT_FOUND, "No triage rule " + id);
    }
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<?> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
