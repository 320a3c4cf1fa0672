package io.purser.channels.x;

import static io.purser.channels.WebhookBodies.problem;

import io.purser.channels.WebhookBodies;
import io.purser.ingest.Inbox;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The X webhook: the CRC challenge, and deliveries of the Account Activity and X Activity APIs. A
 * delivery is acknowledged only once it is committed to the inbox.
 */
@RestController
@RequestMapping("/webhooks/x")
class XWebhookController {

  private final XSignatures signatures;
  private final WebhookBodies bodies;
  private final Inbox inbox;

  XWebhookController(XSignatures signatures, WebhookBodies bodies, Inbox inbox) {
    this.signatures = signatures;
    this.bodies = bodies;
    this.inbox = inbox;
  }

  /** X proves we hold the consumer secret by asking us to sign its token. */
  @GetMapping
  ResponseEntity<?> crc(@RequestParam(name = "crc_token", required = false) String crcToken) {
    if (crcToken == null || crcToken.isEmpty()) {
      return problem(HttpStatus.BAD_REQUEST, "crc_token is required");
    }
    return ResponseEntity.ok(Map.of("response_token", signatures.crcResponseToken(crcToken)));
  }

  @PostMapping
  ResponseEntity<?> deliver(
      HttpServletRequest request,
      @RequestHeader(name = XSignatures.HEADER, required = false) String signature)
      throws IOException {
    var body = bodies.read(request);
    if (body.isEmpty()) {
      return WebhookBodies.tooLarge();
    }
    if (!signatures.isValid(body.get(), signature)) {
      return problem(HttpStatus.UNAUTHORIZED, "Missing or invalid " + XSignatures.HEADER);
    }
    if (!bodies.isJsonObject(body.get())) {
      return problem(HttpStatus.BAD_REQUEST, "The body is not a JSON object");
    }
    try {
      inbox.append("x", body.get());
    } catch (Inbox.NotStoredException e) {
      return problem(HttpStatus.SERVICE_UNAVAILABLE, "Not stored; please deliver again");
    }
    return ResponseEntity.ok().build();
  }
}
