package io.purser.reply.web;

import io.purser.identity.AuditTrail;
import io.purser.identity.AuditedChange;
import io.purser.identity.PurserPrincipal;
import io.purser.identity.Role;
import io.purser.reply.ReplyManagement;
import io.purser.reply.SavedReply;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The brand's saved replies: agents read them, supervisors write them. */
@RestController
class SavedReplyController {

  private final ReplyManagement replies;
  private final AuditTrail audit;

  SavedReplyController(ReplyManagement replies, AuditTrail audit) {
    this.replies = replies;
    this.audit = audit;
  }

  record SavedReplyRequest(
      @NotBlank @Size(max = 100) @Pattern(regexp = ReplyController.NO_NUL, message = NUL)
          String name,
      @NotBlank @Size(max = 2000) @Pattern(regexp = ReplyController.NO_NUL, message = NUL)
          String text) {}

  private static final String NUL = "must not contain NUL characters";

  @GetMapping("/api/v1/saved-replies")
  Map<String, List<SavedReply>> list(
      PurserPrincipal principal, @RequestParam(defaultValue = "") String q) {
    return Map.of("items", replies.savedReplies(principal.workspaceId(), q, 200));
  }

  @PostMapping("/api/v1/saved-replies")
  ResponseEntity<?> create(PurserPrincipal principal, @Valid @RequestBody SavedReplyRequest body) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(
          HttpStatus.FORBIDDEN, "Only supervisors and administrators write saved replies");
    }
    return replies
        .saveReply(principal.workspaceId(), body.name(), body.text())
        .<ResponseEntity<?>>map(
            id -> {
              var created = new SavedReply(id, body.name().strip(), body.text());
              audit.record(
                  new AuditedChange("saved_reply.create", "saved_reply", id, null, created));
              return ResponseEntity.created(URI.create("/api/v1/saved-replies/" + id))
                  .body(created);
            })
        .orElseGet(() -> problem(HttpStatus.CONFLICT, "A saved reply of that name exists"));
  }

  @DeleteMapping("/api/v1/saved-replies/{id}")
  ResponseEntity<?> delete(PurserPrincipal principal, @PathVariable long id) {
    if (!principal.can(Role.SUPERVISOR)) {
      return problem(
          HttpStatus.FORBIDDEN, "Only supervisors and administrators write saved replies");
    }
    var before =
        replies.savedReplies(principal.workspaceId(), "", 10_000).stream()
            .filter(r -> r.id() == id)
            .findFirst();
    if (!replies.deleteSavedReply(principal.workspaceId(), id)) {
      return problem(HttpStatus.NOT_FOUND, "No saved reply " + id);
    }
    audit.record(
        new AuditedChange("saved_reply.delete", "saved_reply", id, before.orElse(null), null));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
