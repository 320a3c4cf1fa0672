package io.purser.channels.x;

import io.purser.channels.WebhookDoor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/** X's signed deliveries: {@code POST /webhooks/x}, acknowledged with an empty 200. */
@Component
class XDeliveryDoor implements WebhookDoor {

  private final XSignatures signatures;

  XDeliveryDoor(XSignatures signatures) {
    this.signatures = signatures;
  }

  @Override
  public String path() {
    return "/webhooks/x";
  }

  @Override
  public String source() {
    return "x";
  }

  @Override
  public String signatureHeader() {
    return XSignatures.HEADER;
  }

  @Override
  public boolean signatureValid(byte[] body, String header) {
    return signatures.isValid(body, header);
  }

  @Override
  public void acknowledge(HttpServletResponse response) {
    response.setContentLength(0);
  }
}
