package io.purser.channels.x;

import static io.purser.channels.webhook.WebhookBodies.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The X webhook's CRC challenge. Deliveries of the Account Activity and X Activity APIs ({@code
 * POST}) are taken before Spring MVC by {@link io.purser.channels.webhook.WebhookDeliveries}
 * through {@link XDeliveryDoor}.
 */
@RestController
@RequestMapping("/webhooks/x")
class XWebhookController {

  private final XSignatures signatures;

  XWebhookController(XSignatures signatures) {
    this.signatures = signatures;
  }

  /**
   * X proves we hold the consumer secret by asking us to sign its token. The answer has the format
   * of a delivery signature, so only tokens shaped like X's are answered (never a body someone
   * wants signed), and a CRC that carries X's own signature of its query string must carry a valid
   * one.
   */
  @GetMapping
  ResponseEntity<?> crc(
      @RequestParam(name = "crc_token", required = false) String crcToken,
      @RequestHeader(name = XSignatures.HEADER, required = false) String signature,
      HttpServletRequest request) {
    if (crcToken == null || crcToken.isEmpty()) {
      return problem(HttpStatus.BAD_REQUEST, "crc_token is required");
    }
    if (!XSignatures.looksLikeCrcToken(crcToken)) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "crc_token must be at most 128 base64 characters (A-Z a-z 0-9 + / = _ -)");
    }
    if (signature != null && !signatures.isValid(queryBytes(request), signature)) {
      return problem(HttpStatus.UNAUTHORIZED, "Invalid " + XSignatures.HEADER);
    }
    return ResponseEntity.ok(Map.of("response_token", signatures.crcResponseToken(crcToken)));
  }

  private static byte[] queryBytes(HttpServletRequest request) {
    var query = request.getQueryString();
    return (query == null ? "" : query).getBytes(StandardCharsets.UTF_8);
  }
}
