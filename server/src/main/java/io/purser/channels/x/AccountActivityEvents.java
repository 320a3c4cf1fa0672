package io.purser.channels.x;

import static io.purser.channels.webhook.WebhookJson.text;

import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.AccessRevoked;
import io.purser.ingest.InboundEvent.DeliveryStatus;
import io.purser.ingest.InboundEvent.DeliveryUpdate;
import io.purser.ingest.InboundEvent.Engagement;
import io.purser.ingest.InboundEvent.MessageRemoved;
import io.purser.ingest.InboundEvent.MessageRemoved.Removal;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * An Account Activity API delivery: {@code for_user_id} names the account, and each {@code
 * *_events} array holds one kind of event. {@code user_event} (a revoked authorisation) has no
 * {@code for_user_id}: the revoking user is the account. Unknown arrays are skipped.
 */
final class AccountActivityEvents {

  private static final Network X = Network.X;

  private AccountActivityEvents() {}

  static void read(JsonNode root, List<InboundEvent> out) {
    JsonNode revoke = root.path("user_event").path("revoke");
    if (revoke.isObject()) {
      String user = text(revoke.path("source"), "user_id");
      out.add(new AccessRevoked(X, user, user, XJson.date(text(revoke, "date_time"))));
      return;
    }
    String account = text(root, "for_user_id");
    JsonNode users = root.path("users");
    root.path("tweet_create_events").forEach(tweet -> out.add(XPosts.read(account, tweet)));
    for (JsonNode dm : root.path("direct_message_events")) {
      InboundEvent message = XDirectMessages.read(account, dm, users);
      if (message != null) {
        out.add(message);
      }
    }
    root.path("favorite_events").forEach(like -> out.add(favorite(account, like)));
    root.path("follow_events").forEach(follow -> out.add(follow(account, follow)));
    root.path("tweet_delete_events").forEach(delete -> out.add(deleted(account, delete)));
    root.path("direct_message_indicate_typing_events")
        .forEach(typing -> out.add(typing(account, typing, users)));
    root.path("direct_message_mark_read_events")
        .forEach(read -> out.add(markRead(account, read, users)));
  }

  private static Engagement favorite(String account, JsonNode like) {
    String post = XJson.id(like.path("favorited_status"));
    Party actor = XJson.user(like.path("user"));
    return new Engagement(X, account, "like", actor, post, null, at(like));
  }

  /** {@code type} is {@code follow} or {@code unfollow}; the target is the followed user. */
  private static Engagement follow(String account, JsonNode follow) {
    String kind = Objects.requireNonNullElse(text(follow, "type"), "follow");
    Party source = XJson.user(follow.path("source"));
    String target = XJson.id(follow.path("target"));
    return new Engagement(X, account, kind, source, target, null, at(follow));
  }

  private static MessageRemoved deleted(String account, JsonNode delete) {
    String post = XJson.id(delete.path("status"));
    return new MessageRemoved(X, account, post, Removal.DELETED, at(delete));
  }

  private static Engagement typing(String account, JsonNode typing, JsonNode users) {
    Party sender = XDirectMessages.party(users, text(typing, "sender_id"));
    String recipient = text(typing.path("target"), "recipient_id");
    return new Engagement(X, account, "typing", sender, recipient, null, at(typing));
  }

  /**
   * Someone read the direct messages up to {@code last_read_event_id}. When a customer read ours it
   * is a READ delivery update (ids are time-ordered, so it covers earlier messages too); when the
   * account itself read (in another tool) nothing of ours moved: an engagement.
   */
  private static InboundEvent markRead(String account, JsonNode read, JsonNode users) {
    String reader = text(read, "sender_id");
    String last = text(read, "last_read_event_id");
    if (account.equals(reader)) {
      Party actor = XDirectMessages.party(users, reader);
      return new Engagement(X, account, "read", actor, last, null, at(read));
    }
    return new DeliveryUpdate(
        X,
        account,
        last == null ? List.of() : List.of(last),
        reader,
        null,
        DeliveryStatus.READ,
        null,
        at(read));
  }

  private static Instant at(JsonNode event) {
    Instant millis = XJson.millis(event.path("timestamp_ms"));
    millis = millis != null ? millis : XJson.millis(event.path("created_timestamp"));
    return millis != null ? millis : XJson.date(text(event, "created_at"));
  }
}
