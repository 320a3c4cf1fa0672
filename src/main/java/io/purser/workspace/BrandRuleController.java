package io.purser.workspace;

import io.purser.identity.AuditedChange;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
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

  private final BrandRules rules;
  private final ApplicationEventPublisher events;

  BrandRuleController(BrandRules rules, ApplicationEventPublisher events) {
    this.rules = rules;
    this.events = events;
  }

  record RuleRequest(
      @NotBlank @Size(max = 200) String name,
      @NotNull BrandRule.Match match,
      @NotBlank String pattern,
      @NotNull BrandRule.Action action,
      @Size(max = 200) String value) {}

  /** A rule; {@code valid} false, with the reason, for one stored before today's checks. */
  record RuleView(
      long id,
      String name,
      String match,
      String pattern,
      String action,
      String value,
      boolean valid,
      String invalidBecause) {
    static RuleView of(BrandRules.StoredRule stored) {
      var r = stored.row();
      return new RuleView(
          stored.id(),
          r.name(),
          r.match(),
          r.pattern(),
          r.action(),
          r.value(),
          stored.valid(),
          stored.invalidBecause());
    }
  }

  @GetMapping
  Map<String, List<RuleView>> list(PurserPrincipal principal) {
    return Map.of("items", rules.list(principal.workspaceId()).stream().map(RuleView::of).toList());
  }

  @PostMapping
  @Transactional
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
    if (rules.count(principal.workspaceId()) >= BrandRules.MAX_PER_WORKSPACE) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "A workspace may have at most "
              + BrandRules.MAX_PER_WORKSPACE
              + " triage rules; delete one before adding another");
    }
    long id = rules.insert(principal.workspaceId(), rule);
    events.publishEvent(new BrandRulesChanged(principal.workspaceId()));
    var created = RuleView.of(BrandRules.StoredRule.of(id, rule));
    events.publishEvent(new AuditedChange("brand_rule.create", "brand_rule", id, null, created));
    return ResponseEntity.created(URI.create("/api/v1/triage/rules/" + id)).body(created);
  }

  @DeleteMapping("/{id}")
  @Transactional
  ResponseEntity<?> delete(PurserPrincipal principal, @PathVariable long id) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only supervisors and admins change triage rules");
    }
    var before = rules.list(principal.workspaceId()).stream().filter(r -> r.id() == id).findFirst();
    if (!rules.delete(principal.workspaceId(), id)) {
      return problem(HttpStatus.NOT_FOUND, "No triage rule " + id);
    }
    events.publishEvent(new BrandRulesChanged(principal.workspaceId()));
    events.publishEvent(
        new AuditedChange(
            "brand_rule.delete", "brand_rule", id, before.map(RuleView::of).orElse(null), null));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<?> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
