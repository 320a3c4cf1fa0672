package io.purser.channels.x;

import io.purser.channels.outbound.JsonPost;
import io.purser.channels.outbound.TransportFailure;
import io.purser.channels.webhook.WebhookJson;
import io.purser.conversation.EchoText;
import io.purser.reply.OutboundMessage;
import io.purser.reply.Reconciliation;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Finds a reply on X after a send whose outcome is unknown, matching on what X keeps: the brand's
 * own timeline ({@code GET /2/users/{id}/tweets}) or the DM conversation with the customer ({@code
 * GET /2/dm_conversations/with/{participant_id}/dm_events}); the post it answers, the author, the
 * time since the send began, and the text as X rewrites it ({@link EchoText}). A failed look-up
 * cannot tell; only a complete answer without the reply proves it absent.
 */
final class XReplyLookup {

  /** Our clock and X's may disagree; a reply posted "before" the send began is still ours. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private final RestClient http;

  XReplyLookup(XSettings settings) {
    this.http =
        JsonPost.client(settings.apiBaseUrl(), settings.connectTimeout(), settings.readTimeout());
  }

  Reconciliation find(OutboundMessage message, Instant sentAfter) {
    var since = sentAfter.minus(CLOCK_SKEW).truncatedTo(ChronoUnit.SECONDS);
    return switch (message.delivery()) {
      case PUBLIC_POST -> post(message, since);
      case PRIVATE_MESSAGE -> directMessage(message, since);
      case PUBLIC_COMMENT, PRIVATE_REPLY_TO_COMMENT ->
          new Reconciliation.CannotTell("X has no " + message.delivery() + " delivery");
    };
  }

  private Reconciliation post(OutboundMessage message, Instant since) {
    return get(
        message.accessToken(),
        uri ->
            uri.path("/2/users/{id}/tweets")
                .queryParam("start_time", since.toString())
                .queryParam("max_results", 100)
                .queryParam(
                    "tweet.fields", "created_at,author_id,conversation_id,referenced_tweets")
                .build(message.accountExternalId()),
        page -> {
          for (JsonNode post : page.path("data")) {
            if (answers(post, message.inReplyToExternalId())
                && EchoText.same(
                    message.text(), XText.unescapePost(WebhookJson.text(post, "text")))) {
              return new Reconciliation.Found(WebhookJson.text(post, "id"));
            }
          }
          return absentUnlessMore(page);
        });
  }

  private Reconciliation directMessage(OutboundMessage message, Instant since) {
    return get(
        message.accessToken(),
        uri ->
            uri.path("/2/dm_conversations/with/{participant}/dm_events")
                .queryParam("event_types", "MessageCreate")
                .queryParam("max_results", 100)
                .queryParam("dm_event.fields", "id,text,sender_id,created_at,event_type")
                .build(message.recipientExternalId()),
        page -> {
          for (JsonNode event : page.path("data")) {
            var at = XJson.date(WebhookJson.text(event, "created_at"));
            if (message.accountExternalId().equals(WebhookJson.text(event, "sender_id"))
                && (at == null || !at.isBefore(since))
                && EchoText.same(message.text(), WebhookJson.text(event, "text"))) {
              return new Reconciliation.Found(WebhookJson.text(event, "id"));
            }
          }
          return absentUnlessMore(page);
        });
  }

  /** Ours replies to the customer's post: {@code referenced_tweets} (or the spec's newer name). */
  private static boolean answers(JsonNode post, String inReplyTo) {
    for (var field : new String[] {"referenced_tweets", "referenced_posts"}) {
      for (JsonNode reference : post.path(field)) {
        if ("replied_to".equals(WebhookJson.text(reference, "type"))
            && inReplyTo != null
            && inReplyTo.equals(WebhookJson.text(reference, "id"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** One page proves absence only when it is the whole answer. */
  private static Reconciliation absentUnlessMore(JsonNode page) {
    return WebhookJson.text(page.path("meta"), "next_token") == null
        ? new Reconciliation.Absent()
        : new Reconciliation.CannotTell("X has more than one page of posts to search");
  }

  private Reconciliation get(
      String accessToken, Function<UriBuilder, URI> uri, Function<JsonNode, Reconciliation> match) {
    try {
      return http.get()
          .uri(uri)
          .headers(headers -> headers.setBearerAuth(accessToken))
          .accept(MediaType.APPLICATION_JSON)
          .exchange(
              (request, answer) -> {
                int status = answer.getStatusCode().value();
                if (status < 200 || status >= 300) {
                  return new Reconciliation.CannotTell("X answered " + status + " to the look-up");
                }
                return match.apply(JsonPost.JSON.readTree(answer.getBody().readAllBytes()));
              });
    } catch (RestClientException | JacksonException failure) {
      return new Reconciliation.CannotTell(
          "the look-up on X failed: " + TransportFailure.describe(failure));
    }
  }
}
