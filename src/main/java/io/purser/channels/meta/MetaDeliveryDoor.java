package io.purser.channels.meta;

import io.purser.channels.WebhookDoor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Meta's signed deliveries: {@code POST /webhooks/meta}, acknowledged with {@code EVENT_RECEIVED}
 * as Meta's examples do.
 */
@Component
class MetaDeliveryDoor implements WebhookDoor {

  private static final byte[] RECEIVED = "EVENT_RECEIVED".getBytes(StandardCharsets.US_ASCII);

  private final MetaSignatures signatures;

  MetaDeliveryDoor(MetaSignatures signatures) {
    this.signatures = signatures;
  }

  @Override
  public String path() {
    return "/webhooks/meta";
  }

  @Override
  public String source() {
    return "meta";
  }

  @Override
  public String signatureHeader() {
    return MetaSignatures.HEADER;
  }

  @Override
  public boolean signatureValid(byte[] body, String header) {
    return signatures.isValid(body, header);
  }

  @Override
  public void acknowledge(HttpServletResponse response) throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    response.setContentLength(RECEIVED.length);
    response.getOutputStream().write(RECEIVED);
  }
}
