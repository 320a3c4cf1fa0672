package io.purser.channels.meta;

import static io.purser.channels.WebhookBodies.problem;

import io.purser.channels.WebhookBodies;
import io.purser.ingest.Inbox;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Meta webhook for Messenger, Page feed, Instagram and WhatsApp: the verification handshake and
 * signed deliveries, acknowledged only once committed to the inbox.
 */
@RestController
@RequestMapping("/webhooks/meta")
class MetaWebhookController {

  private final MetaSignatures signatures;
  private final WebhookBodies bodies;
  private final Inbox inbox;

  MetaWebhookController(MetaSignatures signatures, WebhookBodies bodies, Inbox inbox) {
    this.signatures = signatures;
    this.bodies = bodies;
    this.inbox = inbox;
  }

  @GetMapping
  ResponseEntity<?> verify(
      @RequestParam(name = "hub.mode", required = false) String mode,
      @RequestParam(name = "hub.verify_token", required = false) String verifyToken,
      @RequestParam(name = "hub.challenge", required = false) String challenge) {
    if (!"subscribe".equals(mode) || challenge == null) {
      return problem(HttpStatus.BAD_REQUEST, "hub.mode=subscribe and hub.challenge are required");
    }
    if (!signatures.acceptsVerifyToken(verifyToken)) {
      return problem(HttpStatus.FORBIDDEN, "The verify token does not match");
    }
    return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
  }

  @PostMapping
  ResponseEntity<?> deliver(
      HttpServletRequest request,
      @RequestHeader(name = MetaSignatures.HEADER, required = false) String signature)
      throws IOException {
    var body = bodies.read(request);
    if (body.isEmpty()) {
      return WebhookBodies.tooLarge();
    }
    if (!signatures.isValid(body.get(), signature)) {
      return problem(HttpStatus.UNAUTHORIZED, "Missing or invalid " + MetaSignatures.HEADER);
    }
    if (!bodies.isJsonObject(body.get())) {
      return problem(HttpStatus.BAD_REQUEST, "The body is not a JSON object");
    }
    try {
      inbox.append("meta", body.get());
    } catch (Inbox.NotStoredException e) {
      return problem(HttpStatus.SERVICE_UNAVAILABLE, "Not stored; please deliver again");
    }
    return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("EVENT_RECEIVED");
  }
}
