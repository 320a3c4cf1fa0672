package io.purser.channels.x;

import static io.purser.channels.WebhookBodies.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The X webhook's CRC challenge. Deliveries of the Account Activity and X Activity APIs ({@code
 * POST}) are taken before Spring MVC by {@link io.purser.channels.WebhookDeliveries} through {@link
 * XDeliveryDoor}.
 */
@RestController
@RequestMapping("/webhooks/x")
class XWebhookController {

  private final XSignatures signatures;

  XWebhookController(XSignatures signatures) {
    this.signatures = signatures;
  }

  /** X proves we hold the consumer secret by asking us to sign its token. */
  @GetMapping
  ResponseEntity<?> crc(@RequestParam(name = "crc_token", required = false) String crcToken) {
    if (crcToken == null || crcToken.isEmpty()) {
      return problem(HttpStatus.BAD_REQUEST, "crc_token is required");
    }
    return ResponseEntity.ok(Map.of("response_token", signatures.crcResponseToken(crcToken)));
  }
}
