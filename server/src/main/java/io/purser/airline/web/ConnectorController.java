package io.purser.airline.web;

import io.purser.airline.AirlineManagement;
import io.purser.airline.ConnectorChange;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's workspace's airline connector, for its administrators: which airline system its
 * agents' booking actions reach. The secret is write-only.
 */
@RestController
class ConnectorController {

  private final AirlineManagement airline;

  ConnectorController(AirlineManagement airline) {
    this.airline = airline;
  }

  @GetMapping("/api/v1/airline/connector")
  ResponseEntity<?> connector(PurserPrincipal caller) {
    if (!caller.can(Role.ADMIN)) {
      return forbidden();
    }
    return ResponseEntity.ok(airline.connector(caller.workspaceId()));
  }

  @PutMapping("/api/v1/airline/connector")
  ResponseEntity<?> connect(PurserPrincipal caller, @RequestBody ConnectorChange change) {
    if (!caller.can(Role.ADMIN)) {
      return forbidden();
    }
    return ResponseEntity.ok(airline.connect(caller.workspaceId(), change));
  }

  private static ResponseEntity<?> forbidden() {
    return AirlineProblems.problem(
        HttpStatus.FORBIDDEN,
        "Administrators only",
        "Only an administrator of the workspace reads or sets its airline connector");
  }
}
