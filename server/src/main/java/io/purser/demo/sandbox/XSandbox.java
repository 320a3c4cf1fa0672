package io.purser.demo.sandbox;

import static io.purser.demo.sandbox.SandboxJson.NODES;
import static io.purser.demo.sandbox.SandboxJson.text;

import io.purser.workspace.Network;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * X API v2 as the demo's X: the calls {@code channels.x} makes ({@code POST /2/tweets}, {@code POST
 * /2/dm_conversations/with/{participant_id}/messages}, {@code GET /2/users/me}, and the look-ups of
 * an uncertain reply), with the spec's answers ({@code x_api_v2_openapi.json}): 201 with {@code
 * data}, 401 and 400 as RFC 9457 problems.
 */
@RestController
@Profile("demo")
@RequestMapping(XSandbox.BASE)
class XSandbox {

  static final String BASE = "/demo/sandbox/x";

  /** X counts a post's length in weighted characters; plain text is at most 280. */
  private static final int POST_LIMIT = 280;

  private static final int DM_LIMIT = 10_000;

  private final SandboxAccounts accounts;
  private final SandboxLedger ledger;
  private final SandboxEchoes echoes;

  XSandbox(SandboxAccounts accounts, SandboxLedger ledger, SandboxEchoes echoes) {
    this.accounts = accounts;
    this.ledger = ledger;
    this.echoes = echoes;
  }

  @PostMapping("/2/tweets")
  ResponseEntity<ObjectNode> post(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody(required = false) JsonNode body) {
    var account = accounts.x(authorization);
    var text = text(body, "text");
    var inReplyTo = text(body == null ? null : body.path("reply"), "in_reply_to_tweet_id");
    if (text == null || text.isBlank()) {
      return invalid("text", "The `text` field is required and may not be empty.");
    }
    if (text.codePointCount(0, text.length()) > POST_LIMIT) {
      return invalid("text", "The `text` field is longer than " + POST_LIMIT + " characters.");
    }
    if (inReplyTo != null && !inReplyTo.matches("[0-9]{1,19}")) {
      return invalid("reply.in_reply_to_tweet_id", "The post id must be a number.");
    }
    var sent =
        new Sent(
            Network.X,
            "post",
            NetworkIds.x(),
            account.externalId(),
            text,
            null,
            inReplyTo,
            Instant.now(),
            null);
    echoes.took(sent);
    var answer = NODES.objectNode();
    answer.putObject("data").put("id", sent.id()).put("text", text);
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  @PostMapping("/2/dm_conversations/with/{participantId}/messages")
  ResponseEntity<ObjectNode> directMessage(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable String participantId,
      @RequestBody(required = false) JsonNode body) {
    var account = accounts.x(authorization);
    if (!participantId.matches("[0-9]{1,19}")) {
      return invalid("participant_id", "The participant id must be a number.");
    }
    if (participantId.equals(account.externalId())) {
      return invalid("participant_id", "You cannot send a Direct Message to yourself.");
    }
    var text = text(body, "text");
    if (text == null || text.isBlank()) {
      return invalid("text", "The `text` field is required and may not be empty.");
    }
    if (text.codePointCount(0, text.length()) > DM_LIMIT) {
      return invalid("text", "The `text` field is longer than " + DM_LIMIT + " characters.");
    }
    var sent =
        new Sent(
            Network.X,
            "dm",
            NetworkIds.x(),
            account.externalId(),
            text,
            participantId,
            null,
            Instant.now(),
            null);
    echoes.took(sent);
    var answer = NODES.objectNode();
    answer
        .putObject("data")
        .put("dm_conversation_id", conversation(account.externalId(), participantId))
        .put("dm_event_id", sent.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  @GetMapping("/2/users/me")
  ResponseEntity<ObjectNode> me(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    var account = accounts.x(authorization);
    var answer = NODES.objectNode();
    answer
        .putObject("data")
        .put("id", account.externalId())
        .put("name", account.name().replaceFirst("^@", ""))
        .put("username", account.name().replaceFirst("^@", ""));
    return ResponseEntity.ok(answer);
  }

  /** The account's own posts since {@code start_time}, newest first. */
  @GetMapping("/2/users/{id}/tweets")
  ResponseEntity<ObjectNode> timeline(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable String id,
      @RequestParam(name = "start_time", required = false) String startTime,
      @RequestParam(name = "max_results", defaultValue = "10") int maxResults) {
    var account = accounts.x(authorization);
    if (!id.equals(account.externalId())) {
      return invalid("id", "The token may read only its own account's posts here.");
    }
    if (maxResults < 5 || maxResults > 100) {
      return invalid("max_results", "`max_results` is between 5 and 100.");
    }
    Instant since;
    try {
      since = startTime == null ? Instant.EPOCH : Instant.parse(startTime);
    } catch (DateTimeParseException e) {
      return invalid("start_time", "`start_time` is an ISO 8601 instant.");
    }
    return page(
        ledger.sent(
            s -> s.network() == Network.X && "post".equals(s.kind()) && !s.at().isBefore(since)),
        maxResults,
        s -> {
          var post = NODES.objectNode();
          post.put("id", s.id()).put("text", s.text()).put("author_id", s.account());
          post.put("created_at", time(s.at()));
          post.putArray("edit_history_tweet_ids").add(s.id());
          if (s.inReplyTo() != null) {
            post.putArray("referenced_tweets")
                .addObject()
                .put("type", "replied_to")
                .put("id", s.inReplyTo());
          }
          return post;
        });
  }

  /** The DM events between the account and one person, newest first. */
  @GetMapping("/2/dm_conversations/with/{participantId}/dm_events")
  ResponseEntity<ObjectNode> directMessages(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable String participantId,
      @RequestParam(name = "max_results", defaultValue = "100") int maxResults) {
    var account = accounts.x(authorization);
    if (maxResults < 1 || maxResults > 100) {
      return invalid("max_results", "`max_results` is between 1 and 100.");
    }
    return page(
        ledger.sent(
            s ->
                s.network() == Network.X
                    && "dm".equals(s.kind())
                    && participantId.equals(s.recipient())),
        maxResults,
        s -> {
          var event = NODES.objectNode();
          event.put("id", s.id()).put("event_type", "MessageCreate").put("text", s.text());
          event.put("sender_id", s.account()).put("created_at", time(s.at()));
          event.put("dm_conversation_id", conversation(s.account(), s.recipient()));
          return event;
        });
  }

  private static ResponseEntity<ObjectNode> page(
      List<Sent> found, int maxResults, Function<Sent, ObjectNode> shape) {
    var newestFirst = found.stream().sorted(Comparator.comparing(Sent::at).reversed()).toList();
    var answer = NODES.objectNode();
    var shown = newestFirst.subList(0, Math.min(maxResults, newestFirst.size()));
    if (!shown.isEmpty()) {
      var data = answer.putArray("data");
      shown.forEach(s -> data.add(shape.apply(s)));
    }
    var meta = answer.putObject("meta").put("result_count", shown.size());
    if (!shown.isEmpty()) {
      meta.put("newest_id", shown.get(0).id()).put("oldest_id", shown.get(shown.size() - 1).id());
    }
    if (newestFirst.size() > shown.size()) {
      meta.put("next_token", "page-" + shown.get(shown.size() - 1).id());
    }
    return ResponseEntity.ok(answer);
  }

  static String conversation(String a, String b) {
    return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
  }

  private static String time(Instant at) {
    return at.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /** A call whose token the demo did not register. */
  @ExceptionHandler(SandboxAccounts.UnknownToken.class)
  ResponseEntity<ObjectNode> unauthorized() {
    var problem = NODES.objectNode();
    problem
        .put("title", "Unauthorized")
        .put("type", "about:blank")
        .put("status", 401)
        .put("detail", "Unauthorized");
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static ResponseEntity<ObjectNode> invalid(String parameter, String message) {
    var problem = NODES.objectNode();
    problem.putArray("errors").addObject().put("message", message).putObject("parameters");
    problem
        .put("title", "Invalid Request")
        .put("detail", "One or more parameters to your request was invalid.")
        .put("type", "https://api.twitter.com/2/problems/invalid-request");
    ((ObjectNode) problem.get("errors").get(0).get("parameters"))
        .putArray(parameter)
        .add(parameter);
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
