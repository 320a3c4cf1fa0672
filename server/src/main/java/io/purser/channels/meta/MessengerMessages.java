package io.purser.channels.meta;

import static io.purser.channels.meta.MetaJson.id;
import static io.purser.channels.meta.MetaJson.party;
import static io.purser.channels.webhook.WebhookJson.text;

import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.Attachment;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.MessageRemoved;
import io.purser.ingest.InboundEvent.MessageRemoved.Removal;
import io.purser.workspace.Network;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Messenger and Instagram direct messages: texts, attachments, quick replies, echoes, postbacks.
 */
final class MessengerMessages {

  private MessengerMessages() {}

  /**
   * A message, or the brand's own message echoed back ({@code is_echo}: written by the page, here
   * or in another tool). The counterpart is always the recipient, so for an echo it is the
   * customer. An Instagram unsend arrives as a message with {@code is_deleted}.
   */
  static InboundEvent message(Network network, String account, JsonNode item, Instant at) {
    JsonNode message = item.path("message");
    String mid = text(message, "mid");
    if (message.path("is_deleted").asBoolean(false)) {
      return new MessageRemoved(network, account, mid, Removal.DELETED, at);
    }
    String sender = id(item.path("sender").path("id"));
    boolean fromAccount = message.path("is_echo").asBoolean(false) || account.equals(sender);
    String text = text(message, "text");
    return new InboundMessage(
        network,
        account,
        mid,
        Kind.DIRECT,
        party(sender),
        party(id(item.path("recipient").path("id"))),
        fromAccount,
        text == null ? "" : text,
        text(message.path("reply_to"), "mid"),
        null,
        at,
        attachments(message.path("attachments")),
        fromAccount ? text(message, "metadata") : null);
  }

  /**
   * A tap on a button: to the agent it reads like the customer typed the button's title. Old
   * postbacks carry no mid, so the id is derived from what identifies the tap: sender, time and
   * payload (hashed, as payloads run to 1,000 characters). A redelivery gets the same id.
   */
  static InboundMessage postback(Network network, String account, JsonNode item, Instant at) {
    JsonNode postback = item.path("postback");
    String sender = id(item.path("sender").path("id"));
    String payload = text(postback, "payload");
    String mid = text(postback, "mid");
    if (mid == null) {
      mid = "postback:" + sender + ":" + text(item, "timestamp") + ":" + digest(payload);
    }
    String title = MetaJson.firstText(postback, "title", "payload");
    return new InboundMessage(
        network,
        account,
        mid,
        Kind.DIRECT,
        party(sender),
        party(id(item.path("recipient").path("id"))),
        account.equals(sender),
        title == null ? "" : title,
        null,
        null,
        at,
        List.of());
  }

  private static List<Attachment> attachments(JsonNode attachments) {
    List<Attachment> result = new ArrayList<>();
    for (JsonNode attachment : attachments) {
      JsonNode payload = attachment.path("payload");
      String url = MetaJson.firstText(payload, "url");
      JsonNode coordinates = payload.path("coordinates");
      if (url == null && coordinates.isObject()) {
        url = "geo:" + text(coordinates, "lat") + "," + text(coordinates, "long");
      }
      url = url == null ? text(attachment, "url") : url;
      String caption = MetaJson.firstText(attachment, "title");
      result.add(new Attachment(text(attachment, "type"), url, caption));
    }
    return result;
  }

  private static String digest(String payload) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(String.valueOf(payload).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }
}
