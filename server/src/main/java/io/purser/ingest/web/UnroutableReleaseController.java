package io.purser.ingest.web;

import io.purser.identity.PurserPrincipal;
import io.purser.ingest.IngestManagement;
import io.purser.ingest.IngestManagement.Release.Released;
import io.purser.workspace.Network;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The installation's operator releases the deliveries held for an account nobody had registered
 * into the workspace that owns it now: a decision only the operator, who can tell a brand's own
 * account from a squatted one, may take.
 */
@RestController
@RequestMapping("/api/v1")
class UnroutableReleaseController {

  private final IngestManagement ingest;

  UnroutableReleaseController(IngestManagement ingest) {
    this.ingest = ingest;
  }

  record ReleaseAccount(
      @NotBlank @Pattern(regexp = "(?i)x|facebook|instagram|whatsapp") String network,
      @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z_.:-]+") String externalId) {}

  @PostMapping("/unroutable-events/release")
  ResponseEntity<?> release(PurserPrincipal principal, @Valid @RequestBody ReleaseAccount body) {
    if (!principal.system()) {
      return problem(
          HttpStatus.FORBIDDEN,
          "Only the installation's bootstrap admin token releases unroutable deliveries");
    }
    var result = ingest.release(Network.fromWireName(body.network()), body.externalId());
    if (result instanceof Released released) {
      return ResponseEntity.ok(
          Map.of("workspaceId", released.workspaceId(), "deliveries", released.deliveries()));
    }
    return problem(
        HttpStatus.CONFLICT,
        "No workspace has registered the %s account %s: register it first"
            .formatted(body.network(), body.externalId()));
  }

  private static ResponseEntity<?> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
