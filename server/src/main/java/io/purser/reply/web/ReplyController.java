package io.purser.reply.web;

import io.purser.identity.PurserPrincipal;
import io.purser.reply.ReplyManagement;
import io.purser.reply.ReplyOutcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Agents' replies through the REST API. */
@RestController
class ReplyController {

  private final ReplyManagement replies;

  ReplyController(ReplyManagement replies) {
    this.replies = replies;
  }

  /**
   * @param takeover true to answer a conversation another agent owns, taking it over from them
   */
  record ReplyRequest(
      @NotNull @Pattern(regexp = NO_NUL, message = "must not contain NUL characters") String text,
      @Pattern(regexp = "public|private") String visibility,
      Boolean takeover) {}

  /**
   * Queues a reply: 202 with the stored message, whose delivery status then moves through sending
   * to sent (or failed). An {@code Idempotency-Key} header makes a retried request safe.
   */
  /** PostgreSQL cannot store a NUL character in text: refused up front, not as a 500. */
  static final String NO_NUL = "[^\\x00]*";

  @PostMapping("/api/v1/conversations/{id}/replies")
  ResponseEntity<?> reply(
      PurserPrincipal principal,
      @PathVariable long id,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody ReplyRequest body) {
    var outcome =
        replies.reply(
            new ReplyManagement.Draft(
                principal.workspaceId(),
                id,
                body.text(),
                body.visibility() == null ? null : "public".equals(body.visibility()),
                idempotencyKey,
                principal.userId(),
                principal.name(),
                Boolean.TRUE.equals(body.takeover())));
    if (outcome instanceof ReplyOutcome.Queued queued) {
      return ResponseEntity.status(queued.repeated() ? HttpStatus.OK : HttpStatus.ACCEPTED)
          .location(URI.create("/api/v1/conversations/" + id + "/messages"))
          .body(queued.message());
    }
    if (outcome instanceof ReplyOutcome.Refused refused) {
      var problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refused.reason());
      problem.setTitle("Reply refused");
      return ResponseEntity.unprocessableEntity().body(problem);
    }
    if (outcome instanceof ReplyOutcome.Conflict conflict) {
      var problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONFLICT,
              conflict.ownerName()
                  + " is working on this conversation; send with \"takeover\": true to take it"
                  + " over");
      problem.setTitle("Conversation owned by another agent");
      problem.setProperty("ownerId", conflict.ownerId());
      problem.setProperty("ownerName", conflict.ownerName());
      return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No conversation " + id));
  }

  /**
   * Sends again a reply whose outcome Purser could not establish (delivery status {@code unknown}:
   * the agent checked the network and decided) or whose delivery failed (Retry), through the same
   * outbox row and idempotency key. 202; 404 when no such reply exists in the conversation; 409
   * when it is neither unknown nor failed.
   */
  @PostMapping("/api/v1/conversations/{id}/messages/{messageId}/send-again")
  ResponseEntity<?> sendAgain(
      PurserPrincipal principal, @PathVariable long id, @PathVariable long messageId) {
    return switch (replies.sendAgain(principal.workspaceId(), id, messageId)) {
      case QUEUED -> ResponseEntity.accepted().build();
      case NOT_FOUND ->
          ResponseEntity.status(HttpStatus.NOT_FOUND)
              .body(
                  ProblemDetail.forStatusAndDetail(
                      HttpStatus.NOT_FOUND, "No reply " + messageId + " in conversation " + id));
      case NOT_UNKNOWN ->
          ResponseEntity.status(HttpStatus.CONFLICT)
              .body(
                  ProblemDetail.forStatusAndDetail(
                      HttpStatus.CONFLICT,
                      "Reply "
                          + messageId
                          + " is not waiting for a decision: only a reply whose delivery failed"
                          + " or is unknown can be sent again"));
    };
  }
}
