package io.purser.channels.x;

import static io.purser.channels.webhook.WebhookJson.text;

import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.AccessRevoked;
import io.purser.ingest.InboundEvent.Attachment;
import io.purser.ingest.InboundEvent.Engagement;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An X Activity API delivery: {@code {"data": {"event_type", "filter": {"user_id"}, "payload",
 * "includes"}}}. The filter's user is the account; handles come from {@code includes.users}. Event
 * types not listed here are skipped.
 */
final class ActivityApiEvents {

  private static final Network X = Network.X;

  private ActivityApiEvents() {}

  static void read(JsonNode data, List<InboundEvent> out) {
    String type = String.valueOf(text(data, "event_type"));
    JsonNode payload = data.path("payload");
    String account = text(data.path("filter"), "user_id");
    if (type.equals("oauth.revoke")) {
      // The filter is empty here: the revoking user is the account.
      String user = text(payload, "user_id");
      out.add(new AccessRevoked(X, user, user, XJson.date(text(payload, "date_time"))));
    } else if (account == null) {
      return;
    } else if (type.startsWith("post.") && type.endsWith(".create") && payload.has("id")) {
      out.add(post(account, payload, data.path("includes").path("users")));
    } else if (type.equals("dm.sent") || type.equals("dm.received")) {
      dms(account, payload, out);
    } else if (type.startsWith("chat.")) {
      out.add(chat(account, payload));
    } else if (type.equals("like.create")) {
      out.add(like(account, data));
    } else if (type.startsWith("follow.")) {
      out.add(follow(account, type, payload));
    }
  }

  /**
   * A v2 post: mention, reply, quote, or the account's own post. {@code conversation_id} is the
   * thread and the {@code replied_to} reference the post it answers; long posts keep their whole
   * text in {@code note_tweet}.
   */
  private static InboundMessage post(String account, JsonNode post, JsonNode users) {
    String authorId = text(post, "author_id");
    String note = text(post.path("note_tweet"), "text");
    String text = XText.unescapePost(note != null ? note : text(post, "text"));
    return new InboundMessage(
        X,
        account,
        text(post, "id"),
        Kind.POST,
        includedUser(users, authorId),
        null,
        account.equals(authorId),
        text == null ? "" : text,
        reference(post, "replied_to"),
        text(post, "conversation_id"),
        XJson.date(text(post, "created_at")),
        quote(reference(post, "quoted")));
  }

  private static String reference(JsonNode post, String type) {
    for (JsonNode reference : post.path("referenced_tweets")) {
      if (type.equals(text(reference, "type"))) {
        return text(reference, "id");
      }
    }
    return null;
  }

  private static List<Attachment> quote(String quoted) {
    return quoted == null
        ? List.of()
        : List.of(new Attachment("quote", "https://x.com/i/web/status/" + quoted, null));
  }

  private static void dms(String account, JsonNode payload, List<InboundEvent> out) {
    for (JsonNode event : payload.path("direct_message_events")) {
      InboundMessage message = XDirectMessages.read(account, event, payload.path("users"));
      if (message != null) {
        out.add(message);
      }
    }
  }

  /**
   * An X Chat message is end-to-end encrypted: the delivery holds no readable text, so the text is
   * empty and an {@code encrypted} attachment tells the agent to open it on X. The conversation id
   * ({@code sender:recipient}) names the other participant.
   */
  private static InboundMessage chat(String account, JsonNode chat) {
    String sender = text(chat, "sender_id");
    String conversation = text(chat, "conversation_id");
    String other = account;
    if (conversation != null) {
      for (String participant : conversation.split(":")) {
        other = participant.equals(sender) ? other : participant;
      }
    }
    return new InboundMessage(
        X,
        account,
        text(chat, "id"),
        Kind.DIRECT,
        new Party(sender, null, null),
        new Party(other, null, null),
        account.equals(sender),
        "",
        null,
        conversation,
        XJson.millis(chat.path("created_at_msec")),
        List.of(new Attachment("encrypted", null, null)));
  }

  /**
   * A like by ({@code direction: outbound}) or of the account. The payload names the liked post and
   * its author but not the liker, so an inbound like's actor is {@code liking_user_id} if present.
   */
  private static Engagement like(String account, JsonNode data) {
    JsonNode payload = data.path("payload");
    String direction = text(data.path("filter"), "direction");
    String liker = "outbound".equals(direction) ? account : text(payload, "liking_user_id");
    Party actor = includedUser(data.path("includes").path("users"), liker);
    String target = text(payload, "liked_tweet_id");
    Instant at = XJson.millis(payload.path("timestamp_ms"));
    return new Engagement(X, account, "like", actor, target, direction, at);
  }

  /** {@code follow.follow} or {@code follow.unfollow}: source follows target. */
  private static Engagement follow(String account, String type, JsonNode payload) {
    String kind = type.substring("follow.".length());
    Party source = XJson.user(payload.path("source"));
    String target = XJson.id(payload.path("target").path("data"));
    return new Engagement(X, account, kind, source, target, null, null);
  }

  private static Party includedUser(JsonNode users, String id) {
    for (JsonNode user : users) {
      if (id != null && id.equals(text(user, "id"))) {
        return XJson.user(user);
      }
    }
    return id == null ? null : new Party(id, null, null);
  }
}
