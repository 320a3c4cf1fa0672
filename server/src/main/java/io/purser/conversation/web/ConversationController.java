package io.purser.conversation.web;

import io.purser.NoNul;
import io.purser.conversation.ConversationManagement;
import io.purser.conversation.ConversationNote;
import io.purser.conversation.ConversationStatus;
import io.purser.conversation.ConversationSummary;
import io.purser.conversation.MessageView;
import io.purser.conversation.domain.ConversationLifecycle;
import io.purser.identity.PurserPrincipal;
import io.purser.workspace.Network;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Conversations and messages through the REST API, always within the caller's workspace. */
@RestController
@RequestMapping("/api/v1")
class ConversationController {

  private final ConversationManagement conversations;

  ConversationController(ConversationManagement conversations) {
    this.conversations = conversations;
  }

  record ConversationPage(List<ConversationSummary> items, String nextCursor) {}

  record StatusChange(@NoNul String status, @NoNul String reason) {}

  @GetMapping("/conversations")
  ConversationPage list(
      PurserPrincipal principal,
      @RequestParam(required = false) List<String> status,
      @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "50") int limit) {
    int size = Math.max(1, Math.min(limit, 200));
    var statuses =
        status == null ? List.<String>of() : status.stream().map(this::checkStatus).toList();
    var position = Cursor.decode(cursor);
    var items =
        conversations.page(principal.workspaceId(), statuses, position.at(), position.id(), size);
    var next =
        items.size() == size
            ? new Cursor(items.get(size - 1).lastMessageAt(), items.get(size - 1).id()).encode()
            : null;
    return new ConversationPage(items, next);
  }

  @GetMapping("/conversations/{id}")
  Map<String, Object> get(PurserPrincipal principal, @PathVariable long id) {
    var summary = conversations.find(principal.workspaceId(), id).orElseThrow(() -> notFound(id));
    var body = new HashMap<String, Object>();
    body.put("conversation", summary);
    body.put("id", summary.id());
    body.put("status", summary.status());
    body.put("customer", conversations.customer(principal.workspaceId(), summary.contactId()));
    return body;
  }

  @GetMapping("/conversations/{id}/messages")
  Map<String, List<MessageView>> messages(PurserPrincipal principal, @PathVariable long id) {
    conversations.find(principal.workspaceId(), id).orElseThrow(() -> notFound(id));
    return Map.of("items", conversations.messages(principal.workspaceId(), id));
  }

  /** The internal notes on a conversation, oldest first: agents' and Purser's own. */
  @GetMapping("/conversations/{id}/notes")
  Map<String, List<ConversationNote>> notes(PurserPrincipal principal, @PathVariable long id) {
    conversations.find(principal.workspaceId(), id).orElseThrow(() -> notFound(id));
    return Map.of("items", conversations.notes(principal.workspaceId(), id));
  }

  @PostMapping("/conversations/{id}/status")
  ResponseEntity<?> changeStatus(
      PurserPrincipal principal, @PathVariable long id, @Valid @RequestBody StatusChange body) {
    var to = ConversationStatus.fromWireName(checkStatus(body.status()));
    var reason = body.reason() == null ? "set by " + principal.name() : body.reason();
    var change =
        conversations
            .changeStatus(principal.workspaceId(), id, to, reason)
            .orElseThrow(() -> notFound(id));
    if (change instanceof ConversationLifecycle.Change.Refused refused) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.reason()));
    }
    return ResponseEntity.ok(conversations.find(principal.workspaceId(), id).orElseThrow());
  }

  @GetMapping("/messages")
  Map<String, List<MessageView>> findByExternalId(
      PurserPrincipal principal, @RequestParam String network, @RequestParam String externalId) {
    return Map.of(
        "items", conversations.findMessages(principal.workspaceId(), network(network), externalId));
  }

  private static Network network(String wireName) {
    try {
      return Network.fromWireName(wireName);
    } catch (IllegalArgumentException unknown) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "network must be one of x, facebook, instagram, whatsapp, not '" + wireName + "'");
    }
  }

  private String checkStatus(String status) {
    try {
      return ConversationStatus.fromWireName(status).wireName();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "status must be one of new, open, pending, resolved, closed, not '" + status + "'");
    }
  }

  private static ResponseStatusException notFound(long id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "No conversation " + id);
  }

  /** An opaque position in the list: the last item's activity time and id. */
  record Cursor(Instant at, long id) {
    String encode() {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((at.toEpochMilli() + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
      if (cursor == null || cursor.isBlank()) {
        return new Cursor(null, 0);
      }
      try {
        var parts =
            new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
        return new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]));
      } catch (RuntimeException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "cursor is not one we issued");
      }
    }
  }
}
