package io.purser.airline.web;

import io.purser.NoNul;
import io.purser.airline.ActionCall;
import io.purser.airline.Actor;
import io.purser.airline.AirlineManagement;
import io.purser.identity.PurserPrincipal;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents' actions on a booking from a conversation. Every action needs an {@code Idempotency-Key}
 * header: the same key again (a double click, a retry after a timeout) answers with the first
 * action and changes nothing.
 */
@RestController
class BookingActionController {

  private final AirlineManagement airline;

  BookingActionController(AirlineManagement airline) {
    this.airline = airline;
  }

  record MovePrivateBody(@NoNul String text) {}

  record RejectBody(@NoNul String reason) {}

  /** Moves a segment to another flight, then seats and the confirmation if asked. */
  @PostMapping("/api/v1/conversations/{id}/actions/rebook")
  ResponseEntity<?> rebook(
      PurserPrincipal caller,
      @PathVariable long id,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody ActionBody body) {
    return change("rebook", caller, id, key, body);
  }

  // Two operations, not one path with {kind}: each is its own operation in the published API.
  @PostMapping("/api/v1/conversations/{id}/actions/seat")
  ResponseEntity<?> seat(
      PurserPrincipal caller,
      @PathVariable long id,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody ActionBody body) {
    return change("seat", caller, id, key, body);
  }

  private ResponseEntity<?> change(
      String kind, PurserPrincipal caller, long id, String key, ActionBody body) {
    var request = body.toRequest(kind);
    var call = new ActionCall(caller.workspaceId(), id, Actor.of(caller), key(key));
    var approval = body.approvalRequested();
    return AirlineProblems.answer(
        kind.equals("rebook")
            ? airline.rebook(call, request, approval)
            : airline.seat(call, request, approval));
  }

  @PostMapping("/api/v1/conversations/{id}/actions/move-private")
  ResponseEntity<?> movePrivate(
      PurserPrincipal caller,
      @PathVariable long id,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @Valid @RequestBody(required = false) MovePrivateBody body) {
    var text = body == null ? null : body.text();
    return AirlineProblems.answer(
        airline.movePrivate(caller.workspaceId(), id, Actor.of(caller), key(key), text));
  }

  @GetMapping("/api/v1/conversations/{id}/actions")
  ResponseEntity<?> actions(PurserPrincipal caller, @PathVariable long id) {
    return AirlineProblems.okOrNotFound(
        airline.actions(caller.workspaceId(), id).map(items -> Map.of("items", items)),
        "No conversation " + id);
  }

  @GetMapping("/api/v1/booking-actions/{id}")
  ResponseEntity<?> action(PurserPrincipal caller, @PathVariable long id) {
    return AirlineProblems.okOrNotFound(
        airline.action(caller.workspaceId(), id), "No booking action " + id);
  }

  @PostMapping("/api/v1/booking-actions/{id}/approve")
  ResponseEntity<?> approve(PurserPrincipal caller, @PathVariable long id) {
    return AirlineProblems.answer(airline.approve(caller.workspaceId(), id, Actor.of(caller)));
  }

  @PostMapping("/api/v1/booking-actions/{id}/reject")
  ResponseEntity<?> reject(
      PurserPrincipal caller,
      @PathVariable long id,
      @Valid @RequestBody(required = false) RejectBody body) {
    return AirlineProblems.answer(
        airline.reject(
            caller.workspaceId(), id, Actor.of(caller), body == null ? null : body.reason()));
  }

  /** Runs a failed or partial action on from the step that failed. */
  @PostMapping("/api/v1/booking-actions/{id}/retry")
  ResponseEntity<?> retry(PurserPrincipal caller, @PathVariable long id) {
    return AirlineProblems.answer(airline.retry(caller.workspaceId(), id, Actor.of(caller)));
  }

  private static String key(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(
          "An Idempotency-Key header is required: the same key again never repeats the action");
    }
    if (key.length() > 150) {
      throw new IllegalArgumentException("The Idempotency-Key is longer than 150 characters");
    }
    return key.strip();
  }
}
