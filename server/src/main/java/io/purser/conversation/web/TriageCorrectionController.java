package io.purser.conversation.web;

import io.purser.conversation.ConversationManagement;
import io.purser.conversation.TriageCorrection;
import io.purser.identity.PurserPrincipal;
import io.purser.triage.Category;
import io.purser.triage.Intent;
import io.purser.triage.Sentiment;
import java.net.URI;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents correct a message's triage in one call; the corrections are the brand's own labels,
 * exported as the CSV that {@code ./purser train triage --labels FILE} reads.
 */
@RestController
class TriageCorrectionController {

  private final ConversationManagement conversations;

  TriageCorrectionController(ConversationManagement conversations) {
    this.conversations = conversations;
  }

  @PostMapping("/api/v1/messages/{id}/triage-corrections")
  ResponseEntity<?> correct(
      PurserPrincipal principal, @PathVariable long id, @RequestBody TriageCorrection body) {
    if (body == null || body.isEmpty()) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "Correct at least one of intent, category, needsResponse, sentiment");
    }
    try {
      validate(body);
    } catch (IllegalArgumentException invalid) {
      return problem(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }
    if (!conversations.correctTriage(principal.workspaceId(), id, body, principal.name())) {
      return problem(HttpStatus.NOT_FOUND, "No message " + id);
    }
    return ResponseEntity.created(URI.create("/api/v1/messages/" + id)).body(body);
  }

  /** The corrections as training labels: {@code text,sentiment,intent,category,needs_response}. */
  @GetMapping(value = "/api/v1/triage/corrections", produces = "text/csv")
  ResponseEntity<String> export(PurserPrincipal principal) {
    var csv =
        conversations.triageLabels(principal.workspaceId()).stream()
            .map(
                l ->
                    String.join(
                        ",",
                        quote(l.text()),
                        blank(l.sentiment()),
                        blank(l.intent()),
                        blank(l.category()),
                        l.needsResponse() == null ? "" : l.needsResponse().toString()))
            .collect(
                Collectors.joining("\n", "text,sentiment,intent,category,needs_response\n", "\n"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .body(csv);
  }

  private static void validate(TriageCorrection c) {
    check("intent", c.intent(), Intent.values(), Intent::fromWireName);
    check("category", c.category(), Category.values(), Category::fromWireName);
    check("sentiment", c.sentiment(), Sentiment.values(), Sentiment::fromWireName);
  }

  private static <E extends Enum<E>> void check(
      String field, String value, E[] allowed, java.util.function.Function<String, E> parse) {
    if (value == null) {
      return;
    }
    try {
      parse.apply(value);
    } catch (IllegalArgumentException e) {
      var names =
          java.util.Arrays.stream(allowed)
              .map(v -> v.name().toLowerCase(java.util.Locale.ROOT))
              .collect(Collectors.joining(", "));
      throw new IllegalArgumentException(field + " '" + value + "' is not one of " + names, e);
    }
  }

  private static String quote(String text) {
    return "\"" + (text == null ? "" : text.replace("\"", "\"\"")) + "\"";
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }

  private static ResponseEntity<?> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
