package io.purser.media;

import io.purser.identity.PurserPrincipal;
import java.time.Duration;
import java.util.List;
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

  MediaController(MediaManagement media) {
    this.media = media;
  }

  @GetMapping("/api/v1/conversations/{id}/attachments")
  Map<String, List<MediaView>> attachments(PurserPrincipal caller, @PathVariable long id) {
    return Map.of("items", media.forConversation(caller.workspaceId(), id));
  }

  @GetMapping({"/api/v1/attachments/{id}/content", "/console/media/{id}"})
  ResponseEntity<?> content(PurserPrincipal caller, @PathVariable long id) {
    var found = media.content(caller.workspaceId(), id);
    var type = found.flatMap(c -> ImageType.ofContentType(c.contentType()));
    if (type.isEmpty()) {
      var problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.NOT_FOUND, "No stored image " + id + " in this workspace");
      problem.setTitle("Not found");
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type.get().contentType))
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Content-Disposition", "inline")
        .body(found.get().bytes());
  }
}
