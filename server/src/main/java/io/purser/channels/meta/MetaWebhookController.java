package io.purser.channels.meta;

import static io.purser.channels.webhook.WebhookBodies.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Meta webhook's verification handshake (Messenger, Page feed, Instagram and WhatsApp). Signed
 * deliveries ({@code POST}) are taken before Spring MVC by {@link
 * io.purser.channels.webhook.WebhookDeliveries} through {@link MetaDeliveryDoor}.
 */
@RestController
@RequestMapping("/webhooks/meta")
class MetaWebhookController {

  private final MetaSignatures signatures;

  MetaWebhookController(MetaSignatures signatures) {
    this.signatures = signatures;
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
}
