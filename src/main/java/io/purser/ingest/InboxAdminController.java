package io.purser.ingest;

import io.purser.identity.PurserPrincipal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the inbox holds, for the installation's administrator: deliveries by status and the events
 * of accounts no workspace has registered. These belong to no workspace, so only the bootstrap
 * token sees them.
 */
@RestController
@RequestMapping("/api/v1")
class InboxAdminController {

  private final UnroutableEvents unroutable;
  private final InboxRows rows;

  InboxAdminController(UnroutableEvents unroutable, InboxRows rows) {
    this.unroutable = unroutable;
    this.rows = rows;
  }

  @GetMapping("/unroutable-events")
  Map<String, List<UnroutableEvents.Unroutable>> unroutable(
      PurserPrincipal principal, @RequestParam(defaultValue = "100") int limit) {
    requireSystem(principal);
    return Map.of("items", unroutable.open(Math.max(1, Math.min(limit, 1000))));
  }

  @GetMapping("/inbox")
  Map<String, Object> inbox(PurserPrincipal principal) {
    requireSystem(principal);
    return Map.of("deliveries", rows.countByStatus());
  }

  private static void requireSystem(PurserPrincipal principal) {
    if (!principal.system()) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Only the installation's bootstrap admin token sees the inbox");
    }
  }
}
