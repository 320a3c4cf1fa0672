package io.purser.routing.web;

import static io.purser.routing.web.RoutingController.problem;

import io.purser.identity.AuditTrail;
import io.purser.identity.AuditedChange;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.routing.Team;
import io.purser.routing.TeamManagement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Teams, their members and their weekly rota; and the coverage of the rota over the coming days, so
 * a gap (a night nobody is on shift) shows before it happens.
 */
@RestController
@RequestMapping("/api/v1")
class TeamController {

  private static final Duration MAX_COVERAGE = Duration.ofDays(62);

  private final TeamManagement teams;
  private final Clock clock;
  private final AuditTrail audit;

  TeamController(TeamManagement teams, Clock clock, AuditTrail audit) {
    this.teams = teams;
    this.clock = clock;
    this.audit = audit;
  }

  record NewTeam(
      @NotBlank
          @Size(max = 100)
          @jakarta.validation.constraints.Pattern(
              regexp = RoutingController.NO_NUL,
              message = RoutingController.NUL_MESSAGE)
          String name,
      @NotBlank String timeZone) {}

  record ShiftBody(@NotNull String day, @NotNull String start, @NotNull String end) {}

  record TeamView(
      long id, String name, String timeZone, List<Long> members, List<ShiftBody> shifts) {
    static TeamView of(Team t) {
      return new TeamView(
          t.id(),
          t.name(),
          t.zone().getId(),
          t.members(),
          t.shifts().stream()
              .map(
                  s ->
                      new ShiftBody(
                          s.day().name().toLowerCase(Locale.ROOT),
                          s.start().toString(),
                          s.end() == null ? "24:00" : s.end().toString()))
              .toList());
    }
  }

  @GetMapping("/teams")
  Map<String, Object> teams(PurserPrincipal principal) {
    return Map.of(
        "items", teams.teams(principal.workspaceId()).stream().map(TeamView::of).toList());
  }

  @PostMapping("/teams")
  ResponseEntity<?> create(PurserPrincipal principal, @Valid @RequestBody NewTeam body) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only a supervisor creates teams");
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(body.timeZone());
    } catch (DateTimeException unknown) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "timeZone must be a region such as Europe/Paris (got '" + body.timeZone() + "')");
    }
    return teams
        .create(principal.workspaceId(), body.name().strip(), zone)
        .<ResponseEntity<?>>map(
            id -> {
              var created = TeamView.of(teams.team(principal.workspaceId(), id).orElseThrow());
              audit.record(new AuditedChange("team.create", "team", id, null, created));
              return ResponseEntity.created(URI.create("/api/v1/teams/" + id)).body(created);
            })
        .orElseGet(() -> problem(HttpStatus.CONFLICT, "A team named " + body.name() + " exists"));
  }

  @PutMapping("/teams/{id}/members/{userId}")
  @Transactional
  ResponseEntity<?> addMember(
      PurserPrincipal principal, @PathVariable long id, @PathVariable long userId) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only a supervisor changes teams");
    }
    var before = teams.team(principal.workspaceId(), id);
    if (before.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "No team " + id);
    }
    if (!teams.addMember(principal.workspaceId(), id, userId)) {
      return problem(HttpStatus.NOT_FOUND, "No user " + userId);
    }
    return changed(principal, id, "team.member.add", before);
  }

  @DeleteMapping("/teams/{id}/members/{userId}")
  @Transactional
  ResponseEntity<?> removeMember(
      PurserPrincipal principal, @PathVariable long id, @PathVariable long userId) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only a supervisor changes teams");
    }
    var before = teams.team(principal.workspaceId(), id);
    if (!teams.removeMember(principal.workspaceId(), id, userId)) {
      return problem(HttpStatus.NOT_FOUND, "User " + userId + " is not in team " + id);
    }
    return changed(principal, id, "team.member.remove", before);
  }

  /** Replaces the team's weekly rota: [{"day":"monday","start":"08:00","end":"16:00"}, …]. */
  @PutMapping("/teams/{id}/shifts")
  @Transactional
  ResponseEntity<?> shifts(
      PurserPrincipal principal, @PathVariable long id, @RequestBody List<@Valid ShiftBody> body) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only a supervisor changes the rota");
    }
    var before = teams.team(principal.workspaceId(), id);
    if (before.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "No team " + id);
    }
    var shifts = new ArrayList<Team.Shift>();
    for (var shift : body) {
      try {
        var day = DayOfWeek.valueOf(shift.day().strip().toUpperCase(Locale.ROOT));
        var start = LocalTime.parse(shift.start());
        LocalTime end = "24:00".equals(shift.end()) ? null : LocalTime.parse(shift.end());
        if (end != null && !end.isAfter(start)) {
          return problem(
              HttpStatus.BAD_REQUEST,
              "A shift must end after it starts ("
                  + shift.start()
                  + "–"
                  + shift.end()
                  + "); split a night shift in two days, ending the first at 24:00");
        }
        shifts.add(new Team.Shift(day, start, end));
      } catch (IllegalArgumentException | DateTimeParseException invalid) {
        return problem(
            HttpStatus.BAD_REQUEST,
            "Each shift needs day (monday…sunday), start and end as HH:MM (end may be 24:00)");
      }
    }
    teams.replaceShifts(principal.workspaceId(), id, shifts);
    return changed(principal, id, "team.shifts", before);
  }

  /** Answers the team as it is now, and records the change that made it so. */
  private ResponseEntity<?> changed(
      PurserPrincipal principal, long id, String action, Optional<Team> before) {
    var after = TeamView.of(teams.team(principal.workspaceId(), id).orElseThrow());
    audit.record(
        new AuditedChange(action, "team", id, before.map(TeamView::of).orElse(null), after));
    return ResponseEntity.ok(after);
  }

  /**
   * Who covers the queue between from and to (default: the next 7 days): the covered stretches and
   * the gaps when no team is on shift.
   */
  @GetMapping("/rota/coverage")
  ResponseEntity<?> coverage(
      PurserPrincipal principal,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to) {
    var start = from == null ? clock.instant() : from;
    var end = to == null ? start.plus(Duration.ofDays(7)) : to;
    if (!end.isAfter(start) || Duration.between(start, end).compareTo(MAX_COVERAGE) > 0) {
      return problem(HttpStatus.BAD_REQUEST, "from must be before to, at most 62 days apart");
    }
    var rota = teams.rota(principal.workspaceId());
    return ResponseEntity.ok(
        Map.of(
            "from",
            start,
            "to",
            end,
            "covered",
            rota.covered(start, end),
            "gaps",
            rota.gaps(start, end)));
  }
}
