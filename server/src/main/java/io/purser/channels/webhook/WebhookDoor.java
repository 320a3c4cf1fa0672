package io.purser.channels.webhook;

import io.purser.ingest.WebhookPayloadParser;
import java.util.function.BiPredicate;

/**
 * One network's webhook for signed deliveries ({@code POST}): where it is, how its signature is
 * checked, who reads its bodies, and how the network wants a stored delivery acknowledged. {@link
 * WebhookDeliveries} takes the deliveries of every door the same way.
 *
 * @param path where deliveries are posted, such as {@code /webhooks/x}
 * @param signatureHeader the request header that carries the signature
 * @param signatureValid whether a header signs a body with the network's secret; false on doubt
 * @param parser reads the network's bodies; its source is the inbox's name for the network
 * @param acknowledgement the plain-text body of the 200 the network expects once the delivery is
 *     stored; empty for an empty answer
 */
public record WebhookDoor(
    String path,
    String signatureHeader,
    BiPredicate<byte[], String> signatureValid,
    WebhookPayloadParser parser,
    String acknowledgement) {

  /** The inbox's name for the network ({@code x}, {@code meta}). */
  public String source() {
    return parser.source();
  }
}
