package io.purser.conversation;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * A message as the API and the console show it.
 *
 * @param direction inbound (from the customer) or outbound (from the brand)
 * @param visibility public or private
 * @param deliveryStatus for outbound messages: queued, sending, checking (the send's outcome is
 *     unknown and Purser is looking the reply up on the network), unknown (it could not tell: an
 *     agent decides whether to send again), sent, delivered, read, failed
 * @param triage the triage result, as stored (JSON)
 */
public record MessageView(
    long id,
    Long conversationId,
    String externalId,
    String network,
    String kind,
    String direction,
    String visibility,
    String authorExternalId,
    String authorHandle,
    String authorName,
    String recipientExternalId,
    String text,
    @JsonRawValue String attachments,
    String inReplyToExternalId,
    String threadExternalId,
    Instant createdAt,
    Instant receivedAt,
    String deliveryStatus,
    String deliveryError,
    String removal,
    Instant editedAt,
    @JsonRawValue String triage) {

  public boolean isPublic() {
    return "public".equals(visibility);
  }

  public boolean isInbound() {
    return "inbound".equals(direction);
  }
}
