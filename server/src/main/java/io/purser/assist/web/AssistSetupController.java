package io.purser.assist.web;

import io.purser.NoNul;
import io.purser.assist.AssistSetup;
import io.purser.assist.AssistSetup.ModelChange;
import io.purser.assist.tone.ToneRules;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace's agent assist through the REST API: the rules of its brand's voice (every member
 * reads them, supervisors and admins change them) and its external model (admins only; the key is
 * written, never read back).
 */
@RestController
@RequestMapping("/api/v1/assist")
class AssistSetupController {

  private final AssistSetup setup;

  AssistSetupController(AssistSetup setup) {
    this.setup = setup;
  }

  /** A promise the policy does not allow, as the API takes it. */
  record PromiseBody(
      @NotNull @Size(max = ToneRules.MAX_PHRASE) @NoNul String phrase,
      @Size(max = ToneRules.MAX_PHRASE) @NoNul String explanation) {}

  /** New tone rules; a field left out keeps its value. */
  record ToneRulesBody(
      @Size(max = ToneRules.MAX_ENTRIES) List<@Valid @NotNull PromiseBody> promises,
      @Size(max = ToneRules.MAX_ENTRIES) List<@NotNull @Size(max = 40) @NoNul String> acronyms,
      Boolean signatureRequired,
      @Size(max = ToneRules.MAX_PATTERN) @NoNul String signaturePattern,
      @Size(max = ToneRules.MAX_ENTRIES) List<@NotNull @Size(max = 40) @NoNul String> ownNumbers) {}

  record ModelBody(
      Boolean enabled,
      @Size(max = 500) @NoNul String baseUrl,
      @Size(max = 200) @NoNul String model,
      @Size(max = 1000) @NoNul String apiKey,
      Long timeoutMs,
      Double temperature) {}

  @GetMapping("/tone-rules")
  ToneRules toneRules(PurserPrincipal principal) {
    return setup.toneRules(principal.workspaceId());
  }

  @PutMapping("/tone-rules")
  ResponseEntity<?> changeToneRules(
      PurserPrincipal principal, @Valid @RequestBody ToneRulesBody body) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only supervisors and admins change the tone rules");
    }
    var current = setup.toneRules(principal.workspaceId());
    ToneRules rules;
    try {
      rules =
          new ToneRules(
              body.promises() == null
                  ? current.promises()
                  : body.promises().stream()
                      .map(p -> new ToneRules.Promise(p.phrase(), p.explanation()))
                      .toList(),
              body.acronyms() == null ? current.acronyms() : new LinkedHashSet<>(body.acronyms()),
              body.signatureRequired() == null
                  ? current.signatureRequired()
                  : body.signatureRequired(),
              body.signaturePattern() == null
                  ? current.signaturePattern()
                  : body.signaturePattern(),
              body.ownNumbers() == null
                  ? current.ownNumbers()
                  : new LinkedHashSet<>(body.ownNumbers()));
    } catch (IllegalArgumentException invalid) {
      return problem(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }
    return ResponseEntity.ok(setup.changeToneRules(principal.workspaceId(), rules));
  }

  @GetMapping("/model")
  ResponseEntity<?> model(PurserPrincipal principal) {
    if (!principal.can(Role.ADMIN)) {
      return problem(HttpStatus.FORBIDDEN, "Only admins see the external model's settings");
    }
    return ResponseEntity.ok(setup.model(principal.workspaceId()));
  }

  @PutMapping("/model")
  ResponseEntity<?> changeModel(PurserPrincipal principal, @Valid @RequestBody ModelBody body) {
    if (!principal.can(Role.ADMIN)) {
      return problem(HttpStatus.FORBIDDEN, "Only admins change the external model");
    }
    try {
      return ResponseEntity.ok(
          setup.changeModel(
              principal.workspaceId(),
              new ModelChange(
                  body.enabled(),
                  body.baseUrl(),
                  body.model(),
                  body.apiKey(),
                  body.timeoutMs(),
                  body.temperature())));
    } catch (IllegalArgumentException invalid) {
      return problem(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }
  }

  private static ResponseEntity<?> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
