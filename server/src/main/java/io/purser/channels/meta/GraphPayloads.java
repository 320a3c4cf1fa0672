package io.purser.channels.meta;

import java.util.List;

/**
 * The Graph API bodies Purser sends and reads: the Messenger Platform Send API (Messenger and
 * Instagram), comment replies, and WhatsApp Cloud API text messages. Field names follow Meta's
 * snake_case through {@link io.purser.channels.outbound.JsonPost#JSON}.
 */
final class GraphPayloads {

  private GraphPayloads() {}

  /** Send API request: {@code messaging_type} RESPONSE, or MESSAGE_TAG with a {@code tag}. */
  record SendApiRequest(Recipient recipient, String messagingType, String tag, Text message) {}

  /** A person (PSID, IGSID) or, for a private reply, the comment they wrote. */
  record Recipient(String id, String commentId) {}

  /**
   * A text message; {@code metadata} (up to 1,000 characters) comes back in the page's {@code
   * message_echoes}, which is how a reply whose send timed out is recognised.
   */
  record Text(String text, String metadata) {}

  /** Send API answer. */
  record SendApiResponse(String recipientId, String messageId) {}

  /** A public reply under a comment ({@code /comments} on Facebook, {@code /replies} on IG). */
  record CommentRequest(String message) {}

  /** The new comment. */
  record CommentResponse(String id) {}

  /** WhatsApp Cloud API text message; {@code context} quotes the customer's message. */
  record WhatsAppTextRequest(
      String messagingProduct,
      String recipientType,
      String to,
      String type,
      WhatsAppText text,
      WhatsAppContext context) {

    static WhatsAppTextRequest of(String to, String body, String inReplyToMessageId) {
      WhatsAppContext context =
          inReplyToMessageId == null ? null : new WhatsAppContext(inReplyToMessageId);
      return new WhatsAppTextRequest(
          "whatsapp", "individual", to, "text", new WhatsAppText(body, false), context);
    }
  }

  /** Link previews stay off: agents' replies should read the same on every phone. */
  record WhatsAppText(String body, boolean previewUrl) {}

  /** The wamid being answered. */
  record WhatsAppContext(String messageId) {}

  /** WhatsApp answer: the wamid of the sent message comes first in {@code messages}. */
  record WhatsAppSendResponse(List<WhatsAppMessageId> messages) {

    String firstId() {
      return messages == null || messages.isEmpty() ? null : messages.get(0).id();
    }
  }

  /** One sent message. */
  record WhatsAppMessageId(String id) {}

  /** Every Graph API error answer: {@code {"error":{…}}}. */
  record ErrorBody(GraphError error) {}

  /** The Graph API error object. */
  record GraphError(
      String message,
      String type,
      Integer code,
      Integer errorSubcode,
      Boolean isTransient,
      String fbtraceId) {}
}
