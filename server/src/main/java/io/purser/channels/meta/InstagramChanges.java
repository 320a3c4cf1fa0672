package io.purser.channels.meta;

import static io.purser.channels.meta.MetaJson.epochOr;
import static io.purser.channels.meta.MetaJson.id;
import static io.purser.channels.webhook.WebhookJson.text;

import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.Party;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Instagram {@code changes[]}: comments on the account's media (and live comments), and mentions of
 * the account in other people's comments or captions.
 */
final class InstagramChanges {

  private static final Network NETWORK = Network.INSTAGRAM;

  private InstagramChanges() {}

  static void read(String account, JsonNode change, Instant entryTime, List<InboundEvent> out) {
    JsonNode value = change.path("value");
    Instant at = epochOr(value.path("timestamp"), entryTime);
    switch (String.valueOf(text(change, "field"))) {
      case "comments", "live_comments" -> out.add(comment(account, value, at));
      case "mentions" -> out.add(mention(account, value, at));
      default -> {
        // story insights, messaging_* and other fields carry nothing to answer here.
      }
    }
  }

  /** {@code parent_id} is present only on a reply to another comment, so it is the reply target. */
  private static InboundMessage comment(String account, JsonNode value, Instant at) {
    JsonNode from = value.path("from");
    String authorId = id(from.path("id"));
    Party author = authorId == null ? null : new Party(authorId, text(from, "username"), null);
    String text = text(value, "text");
    return new InboundMessage(
        NETWORK,
        account,
        text(value, "id"),
        Kind.COMMENT,
        author,
        null,
        account.equals(authorId),
        text == null ? "" : text,
        text(value, "parent_id"),
        text(value.path("media"), "id"),
        at,
        List.of());
  }

  /**
   * A mention carries only ids: no author, no text (both come from the Graph API with the comment
   * or media id), so {@code author} is null and {@code text} empty. A mention in a caption has no
   * comment id: then the media itself is the message, a post.
   */
  private static InboundMessage mention(String account, JsonNode value, Instant at) {
    String commentId = text(value, "comment_id");
    String mediaId = text(value, "media_id");
    Kind kind = commentId == null ? Kind.POST : Kind.COMMENT;
    return new InboundMessage(
        NETWORK,
        account,
        commentId == null ? mediaId : commentId,
        kind,
        null,
        null,
        false,
        "",
        null,
        mediaId,
        at,
        List.of());
  }
}
