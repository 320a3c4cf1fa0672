package io.purser.channels;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * One network's webhook for signed deliveries ({@code POST}): where it is, how its signature is
 * checked, and how the network wants a stored delivery acknowledged. {@link WebhookDeliveries}
 * takes the deliveries of every door the same way.
 */
public interface WebhookDoor {

  /** The path deliveries are posted to, such as {@code /webhooks/x}. */
  String path();

  /** The inbox's name for the network ({@code x}, {@code meta}). */
  String source();

  /** The request header that carries the signature. */
  String signatureHeader();

  /** Whether {@code header} signs {@code body} with this network's secret; false on doubt. */
  boolean signatureValid(byte[] body, String header);

  /** The 200 the network expects once the delivery is stored. */
  void acknowledge(HttpServletResponse response) throws IOException;
}
