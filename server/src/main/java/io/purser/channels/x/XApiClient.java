package io.purser.channels.x;

import io.purser.channels.outbound.JsonGet;
import io.purser.channels.outbound.JsonPost;
import io.purser.channels.x.XApiPayloads.CreatePostRequest;
import io.purser.channels.x.XApiPayloads.CreatePostResponse;
import io.purser.channels.x.XApiPayloads.DirectMessageRequest;
import io.purser.channels.x.XApiPayloads.DirectMessageResponse;
import io.purser.channels.x.XApiPayloads.Reply;
import io.purser.reply.SendResult;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.web.client.RestClient;

/**
 * The X API v2 calls Purser makes: a reply post and a direct message, each answered as a {@link
 * SendResult}, and who a token belongs to. Nothing here throws for network trouble.
 */
final class XApiClient {

  private final RestClient http;
  private final XApiOutcomes outcomes;

  XApiClient(XSettings settings, Clock clock) {
    this.http =
        JsonPost.client(settings.apiBaseUrl(), settings.connectTimeout(), settings.readTimeout());
    this.outcomes = new XApiOutcomes(clock);
  }

  /** {@code POST /2/tweets} with {@code reply.in_reply_to_tweet_id}; Sent carries the post id. */
  SendResult createReplyPost(String accessToken, String text, String inReplyToPostId) {
    var request = new CreatePostRequest(text, new Reply(inReplyToPostId));
    return post(
        "/2/tweets",
        new Object[0],
        accessToken,
        request,
        CreatePostResponse.class,
        response -> response.data() == null ? null : response.data().id());
  }

  /** {@code POST /2/dm_conversations/with/{participant_id}/messages}; Sent carries the event id. */
  SendResult sendDirectMessage(String accessToken, String participantId, String text) {
    return post(
        "/2/dm_conversations/with/{participantId}/messages",
        new Object[] {participantId},
        accessToken,
        new DirectMessageRequest(text),
        DirectMessageResponse.class,
        response -> response.data() == null ? null : response.data().dmEventId());
  }

  /** {@code GET /2/users/me}: the account the token acts for, as {@code data.id}. */
  JsonGet.Answer whoAmI(String accessToken) {
    return JsonGet.ask(http.get().uri("/2/users/me"), accessToken);
  }

  private <T> SendResult post(
      String path,
      Object[] pathVariables,
      String accessToken,
      Object request,
      Class<T> responseType,
      Function<T, String> id) {
    return JsonPost.send(
        http.post().uri(path, pathVariables), accessToken, request, outcomes, responseType, id);
  }
}
