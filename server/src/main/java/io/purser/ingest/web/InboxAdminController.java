package io.purser.ingest.web;

import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.ingest.IngestManagement;
import io.purser.ingest.IngestManagement.UnroutableEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the inbox holds, for administrators: deliveries by status, the deliveries parked as failed,
 * and the events of accounts no workspace has registered. The installation's operator (the
 * bootstrap token) sees all of it and alone may replay a parked delivery; a workspace's admin sees
 * the parked deliveries that carry events for the workspace's own accounts, and nothing else.
 */
@RestController
@RequestMapping("/api/v1")
class InboxAdminController {

  private final IngestManagement ingest;

  InboxAdminController(IngestManagement ingest) {
    this.ingest = ingest;
  }

  @GetMapping("/unroutable-events")
  Map<String, List<UnroutableEvent>> unroutable(
      PurserPrincipal principal, @RequestParam(defaultValue = "100") int limit) {
    requireSystem(principal);
    return Map.of("items", ingest.unroutable(Math.max(1, Math.min(limit, 1000))));
  }

  /**
   * The operator: {@code {"deliveries":{status:count},"parked":[…]}}; a workspace admin: {@code
   * {"parked":[…]}} of their workspace. A parked delivery is listed with why it failed, never with
   * its body.
   */
  @GetMapping("/inbox")
  Map<String, Object> inbox(
      PurserPrincipal principal, @RequestParam(defaultValue = "100") int limit) {
    int bounded = Math.max(1, Math.min(limit, 1000));
    var answer = new LinkedHashMap<String, Object>();
    if (principal.system()) {
      answer.put("deliveries", ingest.deliveriesByStatus());
      answer.put("parked", ingest.parked(bounded));
    } else if (principal.can(Role.ADMIN)) {
      answer.put("parked", ingest.parkedOf(principal.workspaceId(), bounded));
    } else {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only administrators see the inbox");
    }
    return answer;
  }

  /**
   * Puts a parked delivery back in the pipeline once its cause is fixed (202). Replaying again
   * while it waits changes nothing; a delivery already processed is not processed twice (409).
   */
  @PostMapping("/inbox/{id}/replay")
  ResponseEntity<Map<String, Object>> replay(PurserPrincipal principal, @PathVariable long id) {
    requireSystem(principal);
    return switch (ingest.replay(id)) {
      case QUEUED -> ResponseEntity.accepted().body(Map.of("id", id, "status", "pending"));
      case NOT_FOUND ->
          throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No delivery " + id);
      case ALREADY_PROCESSED ->
          throw new ResponseStatusException(
              HttpStatus.CONFLICT, "Delivery " + id + " is not parked: it was processed");
    };
  }

  private static void requireSystem(PurserPrincipal principal) {
    if (!principal.system()) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Only the installation's bootstrap admin token sees the inbox");
    }
  }
}
