package io.purser.demo.sandbox;

import static io.purser.demo.sandbox.SandboxJson.NODES;
import static io.purser.demo.sandbox.SandboxJson.text;

import io.purser.workspace.ChannelAccount;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * The Graph API as the demo's Facebook page, Instagram account and WhatsApp number: the calls
 * {@code channels.meta} makes. {@code POST /{version}/{node}/messages} (the Send API for a page or
 * Instagram account, the Cloud API for a WhatsApp phone number), {@code POST
 * /{version}/{comment}/comments} and {@code /replies} (a public reply), {@code POST
 * /{version}/{comment}} (hide), and {@code GET /{version}/{node}?fields=…} (whose token this is).
 * Errors come as Meta writes them: {@code {"error":{message, type, code, fbtrace_id}}}.
 */
@RestController
@Profile("demo")
@RequestMapping(GraphSandbox.BASE + "/{version:v[0-9]+\\.[0-9]+}")
class GraphSandbox {

  static final String BASE = "/demo/sandbox/graph";

  /** Messenger's and Instagram's limit on a text message, and WhatsApp's on a text body. */
  private static final int MESSENGER_LIMIT = 2_000;

  private static final int WHATSAPP_LIMIT = 4_096;
  private static final Set<String> MESSAGING_TYPES = Set.of("RESPONSE", "UPDATE", "MESSAGE_TAG");

  private final SandboxAccounts accounts;
  private final SandboxLedger ledger;
  private final SandboxEchoes echoes;

  GraphSandbox(SandboxAccounts accounts, SandboxLedger ledger, SandboxEchoes echoes) {
    this.accounts = accounts;
    this.ledger = ledger;
    this.echoes = echoes;
  }

  @PostMapping("/{node}/messages")
  ResponseEntity<ObjectNode> message(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable String node,
      @RequestBody(required = false) JsonNode body) {
    var account = accounts.meta(node, authorization);
    if (body == null || !body.isObject()) {
      return error(HttpStatus.BAD_REQUEST, 100, "(#100) The request has no JSON object");
    }
    return account.network() == Network.WHATSAPP
        ? whatsApp(account, node, body)
        : sendApi(account, body);
  }

  /** A public reply under a comment: {@code comments} on Facebook, {@code replies} on Instagram. */
  @PostMapping("/{comment}/{edge:comments|replies}")
  ResponseEntity<ObjectNode> comment(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable String comment,
      @PathVariable String edge,
      @RequestBody(required = false) JsonNode body) {
    var account = accounts.metaByToken(authorization);
    var expected = account.network() == Network.INSTAGRAM ? "replies" : "comments";
    if (!expected.equals(edge) || !comment.matches("[0-9]+(_[0-9]+)?")) {
      return unsupported(comment + "/" + edge);
    }
    var text = text(body, "message");
    if (text == null || text.isBlank()) {
      return error(HttpStatus.BAD_REQUEST, 100, "(#100) The parameter message is required");
    }
    var id =
        account.network() == Network.FACEBOOK && comment.contains("_")
            ? comment.substring(0, comment.indexOf('_')) + "_" + NetworkIds.digits()
            : NetworkIds.digits();
    var sent =
        new Sent(
            account.network(),
            "comment",
            id,
            account.externalId(),
            text,
            null,
            comment,
            Instant.now(),
            null);
    echoes.took(sent);
    return ResponseEntity.ok(NODES.objectNode().put("id", id));
  }

  /** Hides a comment: {@code is_hidden=true} on Facebook, {@code hide=true} on Instagram. */
  @PostMapping("/{comment:[0-9]+(?:_[0-9]+)?}")
  ResponseEntity<ObjectNode> hide(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable String comment,
      @RequestBody(required = false) JsonNode body) {
    var account = accounts.metaByToken(authorization);
    var field = account.network() == Network.INSTAGRAM ? "hide" : "is_hidden";
    var value = body == null ? null : body.get(field);
    if (value == null || !value.isBoolean()) {
      return error(
          HttpStatus.BAD_REQUEST, 100, "(#100) The parameter " + field + " must be a boolean");
    }
    return ResponseEntity.ok(NODES.objectNode().put("success", true));
  }

  /** Who a token is: the page (with its Instagram account) for {@code me}, or the WABA. */
  @GetMapping("/{node}")
  ResponseEntity<ObjectNode> read(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable String node,
      @RequestParam(defaultValue = "id") String fields) {
    var settings = accounts.settings();
    var wanted = Set.copyOf(Arrays.asList(fields.split(",")));
    if ("me".equals(node)) {
      // Refused unless the token is the page's or the Instagram account's.
      accounts.metaByToken(authorization);
      var answer = NODES.objectNode().put("id", settings.facebookPageId());
      if (wanted.contains("instagram_business_account")) {
        answer.putObject("instagram_business_account").put("id", settings.instagramAccountId());
      }
      return ResponseEntity.ok(answer);
    }
    if (settings.whatsAppAccountId().equals(node)) {
      var account = accounts.meta(node, authorization);
      return ResponseEntity.ok(NODES.objectNode().put("id", account.externalId()));
    }
    return unsupported(node);
  }

  private ResponseEntity<ObjectNode> sendApi(ChannelAccount account, JsonNode body) {
    var recipient = body.path("recipient");
    var to = text(recipient, "id");
    var comment = text(recipient, "comment_id");
    if ((to == null) == (comment == null)) {
      return error(
          HttpStatus.BAD_REQUEST, 100, "(#100) The recipient needs exactly one of id, comment_id");
    }
    var type = text(body, "messaging_type");
    if (type == null || !MESSAGING_TYPES.contains(type)) {
      return error(HttpStatus.BAD_REQUEST, 100, "(#100) Param messaging_type is not valid");
    }
    if ("MESSAGE_TAG".equals(type) && !"HUMAN_AGENT".equals(text(body, "tag"))) {
      return error(HttpStatus.BAD_REQUEST, 100, "(#100) Param tag must be HUMAN_AGENT here");
    }
    var text = text(body.path("message"), "text");
    if (text == null || text.isBlank()) {
      return error(HttpStatus.BAD_REQUEST, 100, "(#100) The message has no text");
    }
    if (text.length() > MESSENGER_LIMIT) {
      return error(
          HttpStatus.BAD_REQUEST,
          100,
          "(#100) Length of param message[text] must be less than 2000");
    }
    var person =
        to != null
            ? to
            : ledger
                .authorOf(account.network(), comment)
                .map(SandboxLedger.Customer::id)
                .orElse(null);
    var sent =
        new Sent(
            account.network(),
            comment == null ? "message" : "private-reply",
            NetworkIds.mid(),
            account.externalId(),
            text,
            person,
            comment,
            Instant.now(),
            text(body.path("message"), "metadata"));
    echoes.took(sent);
    var answer = NODES.objectNode();
    if (person != null) {
      answer.put("recipient_id", person);
    }
    answer.put("message_id", sent.id());
    return ResponseEntity.ok(answer);
  }

  private ResponseEntity<ObjectNode> whatsApp(ChannelAccount account, String phone, JsonNode body) {
    if (!"whatsapp".equals(text(body, "messaging_product"))) {
      return error(
          HttpStatus.BAD_REQUEST, 100, "(#100) The parameter messaging_product is required.");
    }
    var to = text(body, "to");
    if (to == null || !to.matches("\\+?[0-9]{6,20}")) {
      return error(HttpStatus.BAD_REQUEST, 131009, "(#131009) Parameter value is not valid");
    }
    if (!"text".equals(text(body, "type"))) {
      return error(HttpStatus.BAD_REQUEST, 131009, "(#131009) Only text messages are played here");
    }
    var text = text(body.path("text"), "body");
    if (text == null || text.isBlank() || text.length() > WHATSAPP_LIMIT) {
      return error(HttpStatus.BAD_REQUEST, 100, "(#100) text.body is empty or too long");
    }
    var sent =
        new Sent(
            Network.WHATSAPP,
            "message",
            NetworkIds.wamid(),
            phone,
            text,
            to,
            text(body.path("context"), "message_id"),
            Instant.now(),
            null);
    echoes.took(sent);
    var answer = NODES.objectNode().put("messaging_product", "whatsapp");
    answer.putArray("contacts").addObject().put("input", to).put("wa_id", to.replace("+", ""));
    answer.putArray("messages").addObject().put("id", sent.id());
    return ResponseEntity.ok(answer);
  }

  /** A call whose token the demo did not register. */
  @ExceptionHandler(SandboxAccounts.UnknownToken.class)
  ResponseEntity<ObjectNode> badToken() {
    return error(
        HttpStatus.BAD_REQUEST, 190, "Invalid OAuth access token - Cannot parse access token");
  }

  private static ResponseEntity<ObjectNode> unsupported(String node) {
    return error(
        HttpStatus.BAD_REQUEST,
        100,
        "Unsupported request - method type: post/get. Object with ID '"
            + node
            + "' does not exist, cannot be loaded due to missing permissions, or does not support"
            + " this operation");
  }

  private static ResponseEntity<ObjectNode> error(HttpStatus status, int code, String message) {
    var answer = NODES.objectNode();
    answer
        .putObject("error")
        .put("message", message)
        .put("type", code == 190 ? "OAuthException" : "GraphMethodException")
        .put("code", code)
        .put("fbtrace_id", HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
    return ResponseEntity.status(status).body(answer);
  }
}
