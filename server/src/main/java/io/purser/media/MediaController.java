package io.purser.media;

import io.purser.conversation.ConversationManagement;
import io.purser.identity.PurserPrincipal;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A conversation's attachments for integrations, and an attachment's bytes for the API and the
 * console: served only as the image type sniffed from them, never as the network said, so a file
 * dressed up as an image can never run in an agent's browser.
 */
@RestController
class MediaController {

  private final MediaManagement media;
  private final ConversationManagement conversations;

  MediaController(MediaManagement media, ConversationManagement conversations) {
    this.media = media;
    this.conversations = conversations;
  }

  /**
   * The attachments of one of the caller's conversations. Another workspace's conversation is not
   * found, as it is everywhere else: an empty list would confirm that the id exists.
   */
  @GetMapping("/api/v1/conversations/{id}/attachments")
  ResponseEntity<?> attachments(PurserPrincipal caller, @PathVariable long id) {
    if (conversations.find(caller.workspaceId(), id).isEmpty()) {
      return notFound("No conversation " + id + " in this workspace");
    }
    return ResponseEntity.ok(Map.of("items", media.forConversation(caller.workspaceId(), id)));
  }

  @GetMapping({"/api/v1/attachments/{id}/content", "/console/media/{id}"})
  ResponseEntity<?> content(PurserPrincipal caller, @PathVariable long id) {
    var found = media.content(caller.workspaceId(), id);
    var type = found.flatMap(c -> ImageType.ofContentType(c.contentType()));
    if (type.isEmpty()) {
      return notFound("No stored image " + id + " in this workspace");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type.get().contentType))
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Content-Disposition", "inline")
        .body(found.get().bytes());
  }

  private static ResponseEntity<ProblemDetail> notFound(String detail) {
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
    problem.setTitle("Not found");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }
}
