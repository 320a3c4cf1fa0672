package io.purser.conversation.web;

import io.purser.conversation.ConversationManagement;
import io.purser.identity.PurserPrincipal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hides a customer's public comment that shows personal data, for integrations (the console has its
 * own button). The network's answer comes back on the message (removal "hidden") or as a note.
 */
@RestController
class CommentHidingController {

  private final ConversationManagement conversations;

  CommentHidingController(ConversationManagement conversations) {
    this.conversations = conversations;
  }

  @PostMapping("/api/v1/messages/{id}/hide")
  ResponseEntity<?> hide(PurserPrincipal principal, @PathVariable long id) {
    var outcome = conversations.requestHide(principal.workspaceId(), id, principal.name());
    return switch (outcome) {
      case REQUESTED -> ResponseEntity.accepted().body(Map.of("status", "requested"));
      case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "No message " + id + " in this workspace");
      case NOT_A_PUBLIC_COMMENT ->
          problem(
              HttpStatus.CONFLICT,
              "Only a customer's public comment on Facebook or Instagram can be hidden");
      case ALREADY_REMOVED ->
          problem(HttpStatus.CONFLICT, "Message " + id + " is already hidden or removed");
    };
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status == HttpStatus.NOT_FOUND ? "Not found" : "Cannot hide");
    return ResponseEntity.status(status).body(problem);
  }
}
