package io.purser.channels.meta;

import static io.purser.channels.meta.MetaJson.epochOr;
import static io.purser.channels.meta.MetaJson.firstText;
import static io.purser.channels.meta.MetaJson.id;
import static io.purser.channels.webhook.WebhookJson.text;

import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.Attachment;
import io.purser.ingest.InboundEvent.Engagement;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.MessageEdited;
import io.purser.ingest.InboundEvent.MessageRemoved;
import io.purser.ingest.InboundEvent.MessageRemoved.Removal;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Facebook Page {@code changes[]}: the {@code feed} (comments, visitor posts, the page's own posts,
 * reactions), {@code mention} (the page tagged in someone's comment or post) and {@code ratings}.
 */
final class FeedChanges {

  private static final Network NETWORK = Network.FACEBOOK;
  private static final Set<String> POST_ITEMS = Set.of("post", "status", "photo", "video", "share");

  private FeedChanges() {}

  static void read(String page, JsonNode change, Instant entryTime, List<InboundEvent> out) {
    JsonNode value = change.path("value");
    String field = text(change, "field");
    String item = String.valueOf(text(value, "item"));
    Instant at = epochOr(value.path("created_time"), entryTime);
    if ("ratings".equals(field) && item.equals("rating")) {
      out.add(rating(page, value, at));
    } else if (!"feed".equals(field) && !"mention".equals(field)) {
      return;
    } else if (item.equals("comment")) {
      change(page, value, "comment_id", Kind.COMMENT, at, out);
    } else if (POST_ITEMS.contains(item)) {
      change(page, value, "post_id", Kind.POST, at, out);
    } else if (item.equals("reaction") || item.equals("like")) {
      out.add(reaction(page, value, at));
    }
  }

  /** A comment or post added, edited, removed, hidden or un-hidden. */
  private static void change(
      String page, JsonNode value, String idField, Kind kind, Instant at, List<InboundEvent> out) {
    String id = text(value, idField);
    switch (String.valueOf(text(value, "verb"))) {
      case "add" -> out.add(added(page, value, id, kind, at));
      case "edited" -> out.add(new MessageEdited(NETWORK, page, id, text(value, "message"), at));
      case "remove", "delete" -> out.add(removed(page, id, Removal.DELETED, at));
      case "hide" -> out.add(removed(page, id, Removal.HIDDEN, at));
      case "unhide" -> out.add(removed(page, id, Removal.UNHIDDEN, at));
      default -> {
        // Other verbs (block, mute, …) change nothing an agent answers.
      }
    }
  }

  /**
   * A new comment or post. A post the page itself published is not something to answer, so it is
   * recorded as an engagement; the page's own comments are echoes of replies made here or
   * elsewhere. A mention names no author: {@code author} is null there.
   */
  private static InboundEvent added(String page, JsonNode value, String id, Kind kind, Instant at) {
    Party author = author(value);
    boolean fromPage = author != null && page.equals(author.externalId());
    String text = text(value, "message");
    if (kind == Kind.POST && fromPage) {
      return new Engagement(NETWORK, page, "page_post", author, id, text, at);
    }
    String postId = text(value, "post_id");
    String parentId = text(value, "parent_id");
    String inReplyTo = Objects.equals(parentId, postId) || kind == Kind.POST ? null : parentId;
    return new InboundMessage(
        NETWORK,
        page,
        id,
        kind,
        author,
        null,
        fromPage,
        text == null ? "" : text,
        inReplyTo,
        postId,
        at,
        attachments(value));
  }

  private static Party author(JsonNode value) {
    JsonNode from = value.path("from");
    String id = from.isObject() ? id(from.path("id")) : id(value.path("sender_id"));
    String name = from.isObject() ? text(from, "name") : text(value, "sender_name");
    return id == null ? null : new Party(id, null, name);
  }

  /** A photo or video on a comment, or the link of a photo, video or shared-link post. */
  private static List<Attachment> attachments(JsonNode value) {
    String item = text(value, "item");
    if (value.has("photo") || value.has("video")) {
      String type = value.has("photo") ? "photo" : "video";
      return List.of(new Attachment(type, text(value, type), null));
    }
    String link = text(value, "link");
    String type = "share".equals(item) ? "link" : item;
    return link == null ? List.of() : List.of(new Attachment(type, link, null));
  }

  private static MessageRemoved removed(String page, String id, Removal removal, Instant at) {
    return new MessageRemoved(NETWORK, page, id, removal, at);
  }

  private static Engagement reaction(String page, JsonNode value, Instant at) {
    String kind = "remove".equals(text(value, "verb")) ? "reaction_removed" : "reaction";
    String target = firstText(value, "comment_id", "post_id");
    String type = firstText(value, "reaction_type");
    return new Engagement(NETWORK, page, kind, author(value), target, type, at);
  }

  /** A Page rating: the review text is the detail, or the stars when there is no text. */
  private static Engagement rating(String page, JsonNode value, Instant at) {
    Party reviewer = new Party(id(value.path("reviewer_id")), null, text(value, "reviewer_name"));
    String detail = firstText(value, "review_text", "rating", "recommendation_type");
    String story = id(value.path("open_graph_story_id"));
    return new Engagement(NETWORK, page, "rating", reviewer, story, detail, at);
  }
}
