package io.purser.sla.web;

import io.purser.identity.AuditTrail;
import io.purser.identity.AuditedChange;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.sla.SlaManagement;
import io.purser.sla.SlaPolicyDocument;
import io.purser.sla.domain.BusinessCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SLA policy and calendar, each conversation's clocks, the warnings and breaches fired, and the
 * per-conversation SLA report (JSON or CSV).
 */
@RestController
@RequestMapping("/api/v1")
class SlaController {

  private static final int REPORT_LIMIT = 10_000;

  private final SlaManagement sla;
  private final Clock clock;
  private final AuditTrail audit;

  SlaController(SlaManagement sla, Clock clock, AuditTrail audit) {
    this.sla = sla;
    this.clock = clock;
    this.audit = audit;
  }

  @GetMapping("/sla-policy")
  SlaPolicyDocument policy(PurserPrincipal principal) {
    return sla.policy(principal.workspaceId());
  }

  /** Replaces the policy; conversations already under way keep the targets they started with. */
  @PutMapping("/sla-policy")
  @Transactional
  ResponseEntity<?> setPolicy(PurserPrincipal principal, @RequestBody SlaPolicyDocument body) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only a supervisor changes the SLA policy");
    }
    try {
      var before = sla.policy(principal.workspaceId());
      var after = sla.setPolicy(principal.workspaceId(), body, principal.name());
      audit.record(
          new AuditedChange(
              "sla_policy.set", "sla_policy", principal.workspaceId(), before, after));
      return ResponseEntity.ok(after);
    } catch (IllegalArgumentException invalid) {
      return problem(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }
  }

  /**
   * When a target of the given working time, started at {@code from}, falls due under the
   * workspace's calendar: {@code ?from=2026-12-24T17:55:00Z&target=PT10M}.
   */
  @GetMapping("/sla-policy/due")
  ResponseEntity<?> due(
      PurserPrincipal principal,
      @RequestParam(required = false) Instant from,
      @RequestParam String target) {
    Duration working;
    try {
      working = Duration.parse(target);
    } catch (DateTimeParseException invalid) {
      return problem(HttpStatus.BAD_REQUEST, "target must be an ISO-8601 duration such as PT10M");
    }
    if (working.isNegative() || working.compareTo(Duration.ofDays(366)) > 0) {
      return problem(HttpStatus.BAD_REQUEST, "target must be between zero and a year");
    }
    var start = from == null ? clock.instant() : from;
    BusinessCalendar calendar = sla.calendar(principal.workspaceId());
    return ResponseEntity.ok(
        Map.of(
            "from", start,
            "target", working.toString(),
            "dueAt", calendar.addWorkingTime(start, working),
            "workingAtStart", calendar.isWorking(start)));
  }

  @GetMapping("/conversations/{id}/sla")
  ResponseEntity<?> conversation(PurserPrincipal principal, @PathVariable long id) {
    return sla.status(principal.workspaceId(), id)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Conversation " + id + " has no SLA clock"));
  }

  /** Warnings and breaches fired since an instant (default: the last 24 hours), newest first. */
  @GetMapping("/sla/events")
  Map<String, Object> events(
      PurserPrincipal principal, @RequestParam(required = false) Instant since) {
    var from = since == null ? clock.instant().minus(Duration.ofDays(1)) : storable(since);
    var items = sla.firedSince(principal.workspaceId(), from).stream().map(SlaController::item);
    return Map.of("items", items.toList());
  }

  /**
   * First response, next response and resolution per conversation whose SLA started in [from, to)
   * (default: the last 7 days): {@code format=csv} for a spreadsheet.
   */
  @GetMapping("/reports/sla")
  ResponseEntity<?> report(
      PurserPrincipal principal,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "json") String format) {
    var end = to == null ? clock.instant() : storable(to);
    var start = from == null ? end.minus(Duration.ofDays(7)) : storable(from);
    if (!end.isAfter(start)) {
      return problem(HttpStatus.BAD_REQUEST, "from must be before to");
    }
    var rows = sla.startedBetween(principal.workspaceId(), start, end, REPORT_LIMIT);
    if (!"csv".equals(format)) {
      return ResponseEntity.ok(Map.of("from", start, "to", end, "items", rows));
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Disposition", "attachment; filename=\"sla-report.csv\"")
        .body(csv(rows));
  }

  private static String csv(List<SlaManagement.SlaView> rows) {
    var header =
        "conversation_id,started_at,channel,visibility,priority_band,first_response_s,"
            + "first_response_wall_s,first_response_met,next_responses,next_response_avg_s,"
            + "next_responses_missed,resolution_s,resolution_wall_s,resolution_met\n";
    return header
        + rows.stream()
            .map(
                r -> {
                  var m = r.metrics();
                  return List.of(
                          r.conversationId(),
                          r.startedAt(),
                          r.channel(),
                          r.isPublic() ? "public" : "private",
                          r.priorityBand(),
                          cell(m.firstResponseSeconds()),
                          cell(m.firstResponseWallSeconds()),
                          cell(m.firstResponseMet()),
                          m.nextResponses(),
                          cell(m.nextResponseAverageSeconds()),
                          m.nextResponsesMissed(),
                          cell(m.resolutionSeconds()),
                          cell(m.resolutionWallSeconds()),
                          cell(m.resolutionMet()))
                      .stream()
                      .map(String::valueOf)
                      .collect(Collectors.joining(","));
                })
            .collect(Collectors.joining("\n", "", rows.isEmpty() ? "" : "\n"));
  }

  /** The event as this endpoint has always written it, escalation null for a warning. */
  private static Map<String, Object> item(SlaManagement.FiredEvent event) {
    var item = new LinkedHashMap<String, Object>();
    item.put("conversationId", event.conversationId());
    item.put("clock", event.clock());
    item.put("kind", event.kind());
    item.put("dueAt", event.dueAt());
    item.put("firedAt", event.firedAt());
    item.put("escalation", event.escalation());
    return item;
  }

  private static Object cell(Object value) {
    return value == null ? "" : value;
  }

  /**
   * An instant the databases can compare with (years 1 to 9999): PostgreSQL's driver fails on one
   * like epoch-millisecond 9223372036854775807, which answered 500 (ApiFuzzIT).
   */
  private static Instant storable(Instant instant) {
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new org.springframework.web.server.ResponseStatusException(
          HttpStatus.BAD_REQUEST, "times must be between the years 1 and 9999");
    }
    return instant;
  }

  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private static ResponseEntity<?> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
