package io.purser.channels.x;

import static io.purser.channels.webhook.WebhookJson.text;
import static io.purser.channels.x.XJson.id;

import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.Attachment;
import io.purser.ingest.InboundEvent.Engagement;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * v1.1 Tweet objects of {@code tweet_create_events}: mentions, replies, quotes and the account's
 * own posts (echoes) become public messages; a retweet adds nothing to answer and is an engagement.
 */
final class XPosts {

  private static final String STATUS_URL = "https://x.com/i/web/status/";

  private XPosts() {}

  static InboundEvent read(String account, JsonNode tweet) {
    Party author = XJson.user(tweet.path("user"));
    Instant at = createdAt(tweet);
    JsonNode retweeted = tweet.path("retweeted_status");
    if (retweeted.isObject()) {
      return new Engagement(Network.X, account, "retweet", author, id(retweeted), null, at);
    }
    String id = id(tweet);
    String inReplyTo = text(tweet, "in_reply_to_status_id_str");
    return new InboundMessage(
        Network.X,
        account,
        id,
        Kind.POST,
        author,
        null,
        author != null && account.equals(author.externalId()),
        fullText(tweet),
        inReplyTo,
        thread(tweet, id, inReplyTo),
        at,
        attachments(tweet));
  }

  /**
   * Posts over 140 characters arrive truncated, with the whole text in {@code extended_tweet}; X's
   * HTML escaping undone.
   */
  private static String fullText(JsonNode tweet) {
    String extended = text(tweet.path("extended_tweet"), "full_text");
    String full = extended != null ? extended : text(tweet, "full_text");
    String text = full != null ? full : text(tweet, "text");
    return text == null ? "" : XText.unescapePost(text);
  }

  /**
   * v1.1 objects carry no {@code conversation_id}. A post that replies to nothing starts its own
   * conversation, so its id is the thread; for a reply the root is unknown here (null) and the
   * conversation module threads it by {@code inReplyTo}.
   */
  private static String thread(JsonNode tweet, String id, String inReplyTo) {
    String conversation = text(tweet, "conversation_id_str");
    if (conversation != null) {
      return conversation;
    }
    return inReplyTo == null ? id : null;
  }

  private static Instant createdAt(JsonNode tweet) {
    Instant millis = XJson.millis(tweet.path("timestamp_ms"));
    return millis != null ? millis : XJson.date(text(tweet, "created_at"));
  }

  /** Photos and videos (of the extended tweet when there is one), and the quoted post. */
  private static List<Attachment> attachments(JsonNode tweet) {
    List<Attachment> attachments = new ArrayList<>();
    JsonNode extended = tweet.path("extended_tweet").path("extended_entities");
    JsonNode entities = extended.isObject() ? extended : tweet.path("extended_entities");
    for (JsonNode media : entities.path("media")) {
      attachments.add(new Attachment(text(media, "type"), text(media, "media_url_https"), null));
    }
    String quoted = text(tweet, "quoted_status_id_str");
    if (quoted != null) {
      String quotedText = tweet.has("quoted_status") ? fullText(tweet.path("quoted_status")) : null;
      attachments.add(new Attachment("quote", STATUS_URL + quoted, quotedText));
    }
    return attachments;
  }
}
