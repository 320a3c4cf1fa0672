package io.purser.identity.audit;

import io.purser.identity.AuditTrail;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.identity.audit.AuditEvents.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log of the caller's workspace, newest first, for its administrators only: {@code from}
 * and {@code to} (an instant or a date, UTC; {@code to} excluded), {@code actor} (a name, or {@code
 * user:<id>} / {@code token:<id>}), and a cursor like the conversations list's.
 */
@RestController
class AuditController {

  record AuditPage(List<AuditView> items, String nextCursor) {}

  record Target(String type, String id) {}

  record AuditView(
      long id,
      Instant at,
      AuditEvents.Actor actor,
      String sourceIp,
      String action,
      Target target,
      JsonNode before,
      JsonNode after) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/api/v1/audit")
  AuditPage audit(
      PurserPrincipal principal,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "50") int limit) {
    if (!principal.can(Role.ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an admin reads the audit log");
    }
    if (limit < 1 || limit > 200) {
      throw badRequest("limit is between 1 and 200");
    }
    var query = query(instant("from", from), instant("to", to), actor);
    var items = trail.page(principal.workspaceId(), query, position(cursor), limit);
    var next = items.size() == limit ? encode(items.get(limit - 1).id()) : null;
    return new AuditPage(items.stream().map(AuditController::view).toList(), next);
  }

  private static AuditEvents.Query query(Instant from, Instant to, String actor) {
    if (from != null && to != null && !from.isBefore(to)) {
      throw badRequest("from must be before to");
    }
    if (actor == null || actor.isBlank()) {
      return new AuditEvents.Query(from, to, null, null, null);
    }
    if (actor.startsWith("user:")) {
      return new AuditEvents.Query(from, to, null, id("actor", actor.substring(5)), null);
    }
    if (actor.startsWith("token:")) {
      return new AuditEvents.Query(from, to, null, null, id("actor", actor.substring(6)));
    }
    return new AuditEvents.Query(from, to, actor, null, null);
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw badRequest(name + " is an instant (2026-12-06T10:15:30Z) or a date (2026-12-06)");
    }
  }

  private static long id(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw badRequest(name + " is a name, user:<id> or token:<id>");
    }
  }

  private static long position(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return Long.MAX_VALUE;
    }
    try {
      var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith("a:")) {
        throw new IllegalArgumentException(text);
      }
      return Long.parseLong(text.substring(2));
    } catch (IllegalArgumentException e) {
      throw badRequest("cursor is not one we issued");
    }
  }

  private static String encode(long id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("a:" + id).getBytes(StandardCharsets.UTF_8));
  }

  private static AuditView view(AuditEvent e) {
    return new AuditView(
        e.id(),
        e.at(),
        e.actor(),
        e.sourceIp(),
        e.action(),
        new Target(e.targetType(), e.targetId()),
        e.before() == null ? null : JSON.readTree(e.before()),
        e.after() == null ? null : JSON.readTree(e.after()));
  }

  private static ResponseStatusException badRequest(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }
}
