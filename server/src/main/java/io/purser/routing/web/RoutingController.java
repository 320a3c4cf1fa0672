package io.purser.routing.web;

import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.routing.AssignmentOutcome;
import io.purser.routing.RoutingManagement;
import io.purser.routing.domain.Presence;
import io.purser.triage.Intent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents, presence and ownership through the REST API. Agents act on themselves (presence, pull
 * next, take over, release); supervisors see every agent and the queue, set capacity and skills,
 * and reassign; surge mode is theirs to switch.
 */
@RestController
@RequestMapping("/api/v1")
class RoutingController {

  private final RoutingManagement routing;

  RoutingController(RoutingManagement routing) {
    this.routing = routing;
  }

  record PresenceRequest(@NotNull String presence) {}

  /** A null among the languages or intents is refused (400), not read as a word. */
  record AgentSettings(
      @NotNull Integer capacity,
      Set<@NotNull @Size(max = 8) String> languages,
      Set<@NotNull String> intents) {}

  record AssignRequest(@NotNull Long agentId) {}

  record SurgeModeRequest(
      @NotNull Boolean active,
      @Size(max = 2000)
          @jakarta.validation.constraints.Pattern(regexp = NO_NUL, message = NUL_MESSAGE)
          String preparedReply) {}

  /** PostgreSQL cannot store a NUL character in text: refused up front, not as a 500. */
  static final String NO_NUL = "[^\\x00]*";

  static final String NUL_MESSAGE = "must not contain NUL characters";

  @GetMapping("/agents")
  ResponseEntity<?> agents(PurserPrincipal principal) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only a supervisor sees every agent");
    }
    return ResponseEntity.ok(Map.of("items", routing.agents(principal.workspaceId())));
  }

  @GetMapping("/agents/me")
  ResponseEntity<?> me(PurserPrincipal principal) {
    if (principal.userId() == null) {
      return notAUser();
    }
    return ResponseEntity.of(routing.agent(principal.workspaceId(), principal.userId()));
  }

  @PutMapping("/agents/me/presence")
  ResponseEntity<?> myPresence(
      PurserPrincipal principal, @Valid @RequestBody PresenceRequest body) {
    if (principal.userId() == null) {
      return notAUser();
    }
    return presence(principal, principal.userId(), body.presence(), "set by the agent");
  }

  @PutMapping("/agents/{userId}/presence")
  ResponseEntity<?> presence(
      PurserPrincipal principal,
      @PathVariable long userId,
      @Valid @RequestBody PresenceRequest body) {
    if (!principal.can(Role.SUPERVISOR) && !Long.valueOf(userId).equals(principal.userId())) {
      return problem(HttpStatus.FORBIDDEN, "Only a supervisor sets another agent's presence");
    }
    return presence(principal, userId, body.presence(), "set by " + principal.name());
  }

  private ResponseEntity<?> presence(
      PurserPrincipal principal, long userId, String wire, String reason) {
    Presence presence;
    try {
      presence = Presence.valueOf(wire.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "presence must be one of available, busy, away, offline (got '" + wire + "')");
    }
    return routing
        .setPresence(principal.workspaceId(), userId, presence, reason)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No user " + userId));
  }

  @PutMapping("/agents/{userId}")
  ResponseEntity<?> settings(
      PurserPrincipal principal,
      @PathVariable long userId,
      @Valid @RequestBody AgentSettings body) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only a supervisor sets capacity and skills");
    }
    Set<Intent> intents;
    try {
      intents =
          body.intents() == null
              ? Set.of()
              : body.intents().stream().map(Intent::fromWireName).collect(Collectors.toSet());
      Set<String> languages =
          body.languages() == null
              ? Set.of()
              : body.languages().stream()
                  .map(l -> l.strip().toLowerCase(Locale.ROOT))
                  .collect(Collectors.toSet());
      return routing
          .updateAgent(principal.workspaceId(), userId, body.capacity(), languages, intents)
          .<ResponseEntity<?>>map(ResponseEntity::ok)
          .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No user " + userId));
    } catch (IllegalArgumentException invalid) {
      return problem(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }
  }

  @GetMapping("/conversations/{id}/routing")
  ResponseEntity<?> routing(PurserPrincipal principal, @PathVariable long id) {
    return routing
        .routing(principal.workspaceId(), id)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No conversation " + id + " in the queue"));
  }

  @PostMapping("/conversations/{id}/assignment")
  ResponseEntity<?> assign(
      PurserPrincipal principal, @PathVariable long id, @Valid @RequestBody AssignRequest body) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only a supervisor assigns conversations to others");
    }
    return outcome(principal, id, routing.reassign(principal.workspaceId(), id, body.agentId()));
  }

  @PostMapping("/conversations/{id}/takeover")
  ResponseEntity<?> takeOver(PurserPrincipal principal, @PathVariable long id) {
    if (principal.userId() == null) {
      return notAUser();
    }
    return outcome(
        principal, id, routing.takeOver(principal.workspaceId(), id, principal.userId()));
  }

  @DeleteMapping("/conversations/{id}/assignment")
  ResponseEntity<?> release(PurserPrincipal principal, @PathVariable long id) {
    var current = routing.routing(principal.workspaceId(), id);
    if (current.isEmpty() || current.get().assigneeId() == null) {
      return problem(HttpStatus.NOT_FOUND, "Conversation " + id + " has no owner");
    }
    long owner = current.get().assigneeId();
    if (!principal.can(Role.SUPERVISOR) && !Long.valueOf(owner).equals(principal.userId())) {
      return problem(HttpStatus.FORBIDDEN, "Only the owner or a supervisor releases it");
    }
    routing.release(principal.workspaceId(), id, owner);
    return ResponseEntity.ok(routing.routing(principal.workspaceId(), id).orElseThrow());
  }

  /** The agent asks for the next conversation: 200 with it, or 204 when nothing fits. */
  @PostMapping("/queue/next")
  ResponseEntity<?> next(PurserPrincipal principal) {
    if (principal.userId() == null) {
      return notAUser();
    }
    var outcome = routing.pullNext(principal.workspaceId(), principal.userId());
    if (outcome instanceof AssignmentOutcome.Nothing) {
      return ResponseEntity.noContent().build();
    }
    long conversation =
        outcome instanceof AssignmentOutcome.Assigned assigned ? assigned.conversationId() : 0;
    return outcome(principal, conversation, outcome);
  }

  @GetMapping("/queue")
  ResponseEntity<?> queue(PurserPrincipal principal) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only a supervisor sees the whole queue");
    }
    return ResponseEntity.ok(routing.queueDepth(principal.workspaceId()));
  }

  @GetMapping("/surges")
  Map<String, Object> surges(PurserPrincipal principal) {
    var active =
        routing.surges(principal.workspaceId()).stream()
            .map(
                s ->
                    Map.<String, Object>of(
                        "intent", s.intent().wireName(),
                        "start", s.start(),
                        "detectedAt", s.detectedAt(),
                        "count", s.count(),
                        "ratio", s.ratio(),
                        "text", s.text()))
            .toList();
    return Map.of("active", active, "mode", routing.surgeMode(principal.workspaceId()));
  }

  @PutMapping("/surge-mode")
  ResponseEntity<?> surgeMode(
      PurserPrincipal principal, @Valid @RequestBody SurgeModeRequest body) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(HttpStatus.FORBIDDEN, "Only a supervisor switches surge mode");
    }
    return ResponseEntity.ok(
        routing.setSurgeMode(
            principal.workspaceId(), body.active(), body.preparedReply(), principal.name()));
  }

  private ResponseEntity<?> outcome(
      PurserPrincipal principal, long conversationId, AssignmentOutcome outcome) {
    if (outcome instanceof AssignmentOutcome.Refused refused) {
      return problem(HttpStatus.valueOf(refused.status()), refused.reason());
    }
    if (outcome instanceof AssignmentOutcome.Nothing nothing) {
      return problem(HttpStatus.NOT_FOUND, nothing.reason());
    }
    return ResponseEntity.ok(
        routing.routing(principal.workspaceId(), conversationId).orElseThrow());
  }

  private static ResponseEntity<?> notAUser() {
    return problem(
        HttpStatus.FORBIDDEN,
        "This acts for an agent: sign in, or use a token created for a user (userId)");
  }

  static ResponseEntity<?> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
